/**
 * Figma's node kinds: members only some types have (`fills`, `children`)
 * come from mixins, so `'fills' in node` and `'children' in node` answer as
 * in Figma.
 */
import type { SceneNode } from '../scene/node';
import { FigmaBase, FigmaSceneNode, type FigmaNodeContext } from './figma-nodes';
import { fillToPaint, paintToFill } from './paints';

// A mixin's constructor must take `any[]` (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor<T> = new (...args: any[]) => T;

/** `fills`, only on node types that have them (`'fills' in node` is how plugins ask). */
function WithFills<B extends Ctor<FigmaBase>>(Base: B) {
  return class extends Base {
    get fills(): readonly Paint[] {
      return Object.freeze(this.n.fills.map(fillToPaint));
    }
    set fills(paints: readonly Paint[]) {
      if (!Array.isArray(paints)) throw new Error('fills must be an array of paints');
      const fills = paints.map(paintToFill);
      this.live().fills = fills;
    }
  };
}

/** `children` and friends, only on containers. */
export function WithChildren<B extends Ctor<FigmaBase>>(Base: B) {
  return class extends Base {
    get children(): readonly FigmaBase[] {
      return Object.freeze(this.n.children.map((c) => this.ctx.wrap(c)));
    }
    appendChild(child: FigmaBase): void {
      this.insertChild(this.n.children.length, child);
    }
    insertChild(index: number, child: FigmaBase): void {
      if (!(child instanceof FigmaBase)) throw new Error('Expected a node');
      this.live().insert(child.sceneNode, index);
    }
    findAll(predicate?: (node: FigmaBase) => boolean): FigmaBase[] {
      const found: FigmaBase[] = [];
      for (const child of this.n.children) {
        child.walk((node) => {
          const wrapped = this.ctx.wrap(node);
          if (!predicate || predicate(wrapped)) found.push(wrapped);
        });
      }
      return found;
    }
    findOne(predicate: (node: FigmaBase) => boolean): FigmaBase | null {
      return this.findAll(predicate)[0] ?? null;
    }
    findChildren(predicate?: (node: FigmaBase) => boolean): FigmaBase[] {
      const list = this.n.children.map((c) => this.ctx.wrap(c));
      return predicate ? list.filter(predicate) : list;
    }
  };
}

class FigmaShape extends WithFills(FigmaSceneNode) {}

class FigmaFrame extends WithChildren(WithFills(FigmaSceneNode)) {
  clipsContent = true;
  layoutMode = 'NONE';
}

class FigmaGroup extends WithChildren(FigmaSceneNode) {}

class FigmaText extends FigmaShape {
  get characters(): string {
    return this.n.text ?? '';
  }
}

export function figmaClassFor(type: string): new (n: SceneNode, ctx: FigmaNodeContext) => FigmaBase {
  if (type === 'TEXT') return FigmaText;
  if (type === 'FRAME' || type === 'COMPONENT') return FigmaFrame;
  if (type === 'GROUP' || type === 'SECTION') return FigmaGroup;
  return FigmaShape;
}

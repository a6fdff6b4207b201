/**
 * Figma's node kinds: members only some types have (`fills`, `children`,
 * auto layout) come from mixins, so `'fills' in node` and `'children' in
 * node` answer as in Figma. Components, component sets and instances over
 * the scene's component kinds (scene/components.ts).
 */
import { createInstance } from '../scene/components';
import type { SceneFill, SceneNode } from '../scene/node';
import { WithAutoLayout } from './figma-layout';
import { FigmaBase, FigmaSceneNode, type FigmaNodeContext } from './figma-nodes';
import { fillToPaint, paintToFill } from './paints';

// A mixin's constructor must take `any[]` (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor<T> = new (...args: any[]) => T;

const DYNAMIC_PAGE_SETTER = (name: string, use: string) =>
  new Error(`Cannot set ${name} with documentAccess: dynamic-page. Use ${use} instead.`);

/** The paint style every paint is bound to, else '' (Figma's answer for unstyled or mixed paints). */
function styleIdOf(paints: readonly SceneFill[]): string {
  const first = paints[0]?.binding;
  if (first?.kind !== 'style') return '';
  return paints.every((p) => p.binding?.kind === 'style' && p.binding.id === first.id) ? first.id : '';
}

/** `fills`, `strokes` and their styles, only on node types that have them. */
function WithFills<B extends Ctor<FigmaBase>>(Base: B) {
  return class extends Base {
    get fills(): readonly Paint[] {
      return Object.freeze(this.n.fills.map(fillToPaint));
    }
    set fills(paints: readonly Paint[]) {
      if (!Array.isArray(paints)) throw new Error('fills must be an array of paints');
      this.live().fills = paints.map((p) => paintToFill(p, this.ctx.scene.colours));
    }
    get strokes(): readonly Paint[] {
      return Object.freeze(this.n.strokes.map(fillToPaint));
    }
    set strokes(paints: readonly Paint[]) {
      if (!Array.isArray(paints)) throw new Error('strokes must be an array of paints');
      this.live().strokes = paints.map((p) => paintToFill(p, this.ctx.scene.colours));
    }
    get fillStyleId(): string {
      return styleIdOf(this.n.fills);
    }
    set fillStyleId(_: string) {
      throw DYNAMIC_PAGE_SETTER('fillStyleId', 'setFillStyleIdAsync');
    }
    get strokeStyleId(): string {
      return styleIdOf(this.n.strokes);
    }
    set strokeStyleId(_: string) {
      throw DYNAMIC_PAGE_SETTER('strokeStyleId', 'setStrokeStyleIdAsync');
    }
    setFillStyleIdAsync(styleId: string): Promise<void> {
      return this.applyStyle('fills', styleId);
    }
    setStrokeStyleIdAsync(styleId: string): Promise<void> {
      return this.applyStyle('strokes', styleId);
    }
    /** The style's paints, linked: the node follows the style from then on; '' unlinks and keeps the paints. */
    async applyStyle(what: 'fills' | 'strokes', styleId: string): Promise<void> {
      const node = this.live();
      if (styleId === '') {
        node[what] = node[what].map(({ binding: _, ...paint }) => paint);
        return;
      }
      const style = this.ctx.scene.colours.get(styleId);
      if (style?.kind !== 'style') throw new Error(`Invalid style id: ${styleId}`);
      node[what] = [{ type: 'SOLID', color: style.hex, opacity: 1, binding: { kind: 'style', id: styleId } }];
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
      this.acceptChild(child);
      this.live().insert(child.sceneNode, index);
    }
    /** Figma's reparenting rules that this kind adds. */
    acceptChild(child: FigmaBase): void {
      if (insideInstance(this.n))
        throw new Error('Cannot move node. New parent is an instance or is inside of an instance');
      if (child.type === 'COMPONENT_SET' && this.n.component?.kind === 'set')
        throw new Error('Cannot move node. A component set cannot contain another');
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

function insideInstance(node: SceneNode): boolean {
  for (let p: SceneNode | null = node; p; p = p.parent) if (p.component?.kind === 'instance') return true;
  return false;
}

class FigmaShape extends WithFills(FigmaSceneNode) {}

class FigmaFrame extends WithAutoLayout(WithChildren(WithFills(FigmaSceneNode))) {
  clipsContent = true;
}

class FigmaComponent extends FigmaFrame {
  get key(): string {
    return `key-${this.n.id.replace(/\W/g, '')}`;
  }
  description = '';
  readonly remote = false;
  createInstance(): FigmaBase {
    const main = this.live();
    const instance = createInstance(this.ctx.scene, main, 'INSTANCE', this.ctx.scene.page);
    return this.ctx.wrap(instance);
  }
  async getInstancesAsync(): Promise<FigmaBase[]> {
    const found: FigmaBase[] = [];
    this.ctx.scene.page.walk((n) => {
      if (n.component?.kind === 'instance' && n.component.mainId === this.n.id) found.push(this.ctx.wrap(n));
    });
    return found;
  }
}

/** Only components go in a set; its variants are its children. */
class FigmaComponentSet extends FigmaFrame {
  override acceptChild(child: FigmaBase): void {
    super.acceptChild(child);
    if (child.type !== 'COMPONENT')
      throw new Error(
        'Cannot move node. A COMPONENT_SET node cannot have children of type other than COMPONENT',
      );
  }
  get defaultVariant(): FigmaBase {
    return this.ctx.wrap(this.live().children[0]!);
  }
}

class FigmaInstance extends FigmaFrame {
  async getMainComponentAsync(): Promise<FigmaBase | null> {
    const kind = this.n.component;
    const main = kind?.kind === 'instance' ? this.ctx.scene.find(kind.mainId) : undefined;
    return main && !main.removed ? this.ctx.wrap(main) : null;
  }
  get mainComponent(): never {
    throw new Error(
      'Cannot read mainComponent with documentAccess: dynamic-page. Use getMainComponentAsync instead.',
    );
  }
}

class FigmaGroup extends WithChildren(FigmaSceneNode) {}

class FigmaText extends FigmaShape {
  get characters(): string {
    return this.n.text ?? '';
  }
}

export function figmaClassFor(type: string): new (n: SceneNode, ctx: FigmaNodeContext) => FigmaBase {
  if (type === 'TEXT') return FigmaText;
  if (type === 'FRAME') return FigmaFrame;
  if (type === 'COMPONENT') return FigmaComponent;
  if (type === 'COMPONENT_SET') return FigmaComponentSet;
  if (type === 'INSTANCE') return FigmaInstance;
  if (type === 'GROUP' || type === 'SECTION') return FigmaGroup;
  return FigmaShape;
}

/**
 * Figma's auto layout properties on frames, components and component sets,
 * kept per node and turned into the scene's host-neutral layout
 * (scene/auto-layout.ts), which places the children. As in Figma: wrapping
 * is for horizontal layouts only, and resize() makes both axes FIXED.
 */
import type { AutoLayout } from '../scene/auto-layout';
import type { SceneNode } from '../scene/node';
import type { FigmaBase } from './figma-nodes';

type Sizing = 'FIXED' | 'AUTO';

interface LayoutProps {
  layoutMode: 'NONE' | 'HORIZONTAL' | 'VERTICAL';
  layoutWrap: 'NO_WRAP' | 'WRAP';
  itemSpacing: number;
  counterAxisSpacing: number | null;
  paddingLeft: number;
  paddingRight: number;
  paddingTop: number;
  paddingBottom: number;
  primaryAxisSizingMode: Sizing;
  counterAxisSizingMode: Sizing;
  minWidth: number | null;
  minHeight: number | null;
}

const DEFAULTS: LayoutProps = {
  layoutMode: 'NONE',
  layoutWrap: 'NO_WRAP',
  itemSpacing: 0,
  counterAxisSpacing: null,
  paddingLeft: 0,
  paddingRight: 0,
  paddingTop: 0,
  paddingBottom: 0,
  primaryAxisSizingMode: 'AUTO',
  counterAxisSizingMode: 'FIXED',
  minWidth: null,
  minHeight: null,
};

const props = new WeakMap<SceneNode, LayoutProps>();

function propsOf(node: SceneNode): LayoutProps {
  let found = props.get(node);
  if (!found) {
    found = { ...DEFAULTS };
    props.set(node, found);
  }
  return found;
}

function toSceneLayout(p: LayoutProps): AutoLayout | undefined {
  if (p.layoutMode === 'NONE') return undefined;
  const row = p.layoutMode === 'HORIZONTAL';
  return {
    direction: row ? 'row' : 'column',
    wrap: row && p.layoutWrap === 'WRAP',
    gap: p.itemSpacing,
    rowGap: p.counterAxisSpacing ?? 0,
    padding: { top: p.paddingTop, right: p.paddingRight, bottom: p.paddingBottom, left: p.paddingLeft },
    hugWidth: (row ? p.primaryAxisSizingMode : p.counterAxisSizingMode) === 'AUTO',
    hugHeight: (row ? p.counterAxisSizingMode : p.primaryAxisSizingMode) === 'AUTO',
    ...(p.minWidth === null ? {} : { minWidth: p.minWidth }),
    ...(p.minHeight === null ? {} : { minHeight: p.minHeight }),
  };
}

// A mixin's constructor must take `any[]` (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor<T> = new (...args: any[]) => T;

const ENUMS: Partial<Record<keyof LayoutProps, readonly string[]>> = {
  layoutMode: ['NONE', 'HORIZONTAL', 'VERTICAL'],
  layoutWrap: ['NO_WRAP', 'WRAP'],
  primaryAxisSizingMode: ['FIXED', 'AUTO'],
  counterAxisSizingMode: ['FIXED', 'AUTO'],
};

export function WithAutoLayout<B extends Ctor<FigmaBase & { resize(w: number, h: number): void }>>(Base: B) {
  class AutoLayoutNode extends Base {
    setLayout<K extends keyof LayoutProps>(key: K, value: LayoutProps[K]): void {
      const node = this.live();
      const allowed = ENUMS[key];
      if (allowed && !allowed.includes(String(value))) throw new Error(`Invalid ${key}: ${String(value)}`);
      if (!allowed && value !== null && (typeof value !== 'number' || !Number.isFinite(value)))
        throw new Error(`${key} must be a finite number`);
      if ((key === 'minWidth' || key === 'minHeight') && value !== null && !((value as number) > 0))
        throw new Error(`${key} must be positive`);
      const p = propsOf(node);
      if (key === 'layoutWrap' && value === 'WRAP' && p.layoutMode === 'VERTICAL')
        throw new Error('layoutWrap WRAP is only valid in a horizontal auto layout');
      p[key] = value;
      // Wrapping is a horizontal layout's: a vertical one drops it.
      if (p.layoutMode === 'VERTICAL') p.layoutWrap = 'NO_WRAP';
      node.layout = toSceneLayout(p);
    }
    override resize(width: number, height: number): void {
      const p = propsOf(this.live());
      // Figma: resizing an auto layout frame fixes its size on both axes (first, so hugging does not undo it).
      if (p.layoutMode !== 'NONE') {
        p.primaryAxisSizingMode = 'FIXED';
        p.counterAxisSizingMode = 'FIXED';
        this.n.layout = toSceneLayout(p);
      }
      super.resize(width, height);
    }
  }
  const keys = Object.keys(DEFAULTS) as (keyof LayoutProps)[];
  for (const key of keys) {
    Object.defineProperty(AutoLayoutNode.prototype, key, {
      configurable: true,
      get(this: AutoLayoutNode) {
        return propsOf(this.n)[key];
      },
      set(this: AutoLayoutNode, value: never) {
        this.setLayout(key, value);
      },
    });
  }
  return AutoLayoutNode;
}

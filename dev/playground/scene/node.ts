/**
 * A node of the emulated document, host-neutral. The Figma and Penpot
 * facades present the same node in each API's terms; the canvas, the layers
 * list and `playground.snapshot()` read it directly.
 */
import { arrange, type AutoLayout } from './auto-layout';

/** A fill as the playground keeps it: colours as "#rrggbb", images by hash (Figma) or media id (Penpot). */
export interface SceneFill {
  /** SOLID or IMAGE; other paint types (gradients) are kept but not drawn. */
  readonly type: string;
  readonly color?: string;
  readonly opacity?: number;
  readonly imageHash?: string;
  /** FILL, FIT, CROP, TILE (Figma) or STRETCH (Penpot without keepAspectRatio). */
  readonly scaleMode?: string;
  /** Bound to a document colour: drawn (and snapshotted) in that colour's current value, not `color`. */
  readonly binding?: ColourBinding;
}

/** A reference to a document colour (see colours.ts): a Figma variable or paint style, a Penpot library colour. */
export interface ColourBinding {
  readonly kind: 'variable' | 'style' | 'library';
  readonly id: string;
}

/**
 * What a node is as a component (see components.ts): a main component, a set of them (variants), or an
 * instance whose contents mirror its main component's.
 */
export type ComponentKind =
  | { readonly kind: 'main' }
  | { readonly kind: 'set' }
  | { readonly kind: 'instance'; readonly mainId: string };

/**
 * What a node imported from SVG keeps of its source, to be drawn as the
 * designer would see it: the root keeps the <svg> frame, groups their
 * opening tag, leaves their whole markup.
 */
export type SvgPart =
  | { readonly kind: 'root'; readonly viewBox: string; readonly extras: string }
  | { readonly kind: 'group'; readonly open: string; readonly close: string }
  | { readonly kind: 'leaf'; readonly markup: string };

export type ChangeListener = (node: SceneNode) => void;

let changeListener: ChangeListener = () => undefined;
let colourOf: (binding: ColourBinding) => string | undefined = () => undefined;

/** The scene registers its document colours here, so a bound fill is drawn in the colour's current value. */
export function onResolveColour(resolve: (binding: ColourBinding) => string | undefined): void {
  colourOf = resolve;
}

/** The fill as drawn: a bound fill takes its document colour's current value (its own when that is gone). */
export function resolvedFill(fill: SceneFill): SceneFill {
  const color = fill.binding ? colourOf(fill.binding) : undefined;
  return color === undefined ? fill : { ...fill, color };
}

/** The scene registers itself here so every mutation redraws. */
export function onAnyChange(listener: ChangeListener): void {
  changeListener = listener;
}

export class SceneNode {
  private _name: string;
  private _x = 0;
  private _y = 0;
  private _width: number;
  private _height: number;
  private _fills: readonly SceneFill[] = [];
  private _strokes: readonly SceneFill[] = [];
  private _layout?: AutoLayout;
  private laying = false;
  /** Main component, component set or instance; undefined for any other node. */
  component?: ComponentKind;
  parent: SceneNode | null = null;
  readonly children: SceneNode[] = [];
  readonly pluginData = new Map<string, string>();
  relaunchData: Readonly<Record<string, string>> = {};
  removed = false;
  svg?: SvgPart;
  /** The fills the importer gave a leaf; other fills set later are drawn over its markup. */
  importedFills?: readonly SceneFill[];
  /** Likewise its strokes. */
  importedStrokes?: readonly SceneFill[];
  text?: string;

  constructor(
    readonly id: string,
    readonly type: string,
    name: string,
    width: number,
    height: number,
  ) {
    this._name = name;
    this._width = width;
    this._height = height;
  }

  get name(): string {
    return this._name;
  }
  set name(value: string) {
    this._name = String(value);
    this.touch();
  }
  /** Relative to the parent. */
  get x(): number {
    return this._x;
  }
  set x(value: number) {
    this._x = finite(value, 'x');
    // Inside an auto layout the layout decides where a child goes.
    this.parent?.relayout();
    this.touch();
  }
  get y(): number {
    return this._y;
  }
  set y(value: number) {
    this._y = finite(value, 'y');
    this.parent?.relayout();
    this.touch();
  }
  get width(): number {
    return this._width;
  }
  get height(): number {
    return this._height;
  }
  get fills(): readonly SceneFill[] {
    return this._fills;
  }
  set fills(value: readonly SceneFill[]) {
    this._fills = Object.freeze([...value]);
    this.touch();
  }
  /** Stroke paints, kept like fills (an SVG leaf's come from its stroke attribute). */
  get strokes(): readonly SceneFill[] {
    return this._strokes;
  }
  set strokes(value: readonly SceneFill[]) {
    this._strokes = Object.freeze([...value]);
    this.touch();
  }
  get layout(): AutoLayout | undefined {
    return this._layout;
  }
  /** Setting a layout places the children at once; undefined leaves them where they are. */
  set layout(value: AutoLayout | undefined) {
    this._layout = value && Object.freeze({ ...value, padding: Object.freeze({ ...value.padding }) });
    this.relayout();
    this.touch();
  }

  resize(width: number, height: number): void {
    if (!(width >= 0.01 && height >= 0.01)) throw new Error(`Invalid size ${width}×${height}`);
    this._width = width;
    this._height = height;
    this.relayout();
    this.parent?.relayout();
    this.touch();
  }

  /** With auto layout: places the children in order and hugs them; the parent's layout follows a size change. */
  relayout(): void {
    const layout = this._layout;
    if (!layout || this.laying) return;
    this.laying = true;
    try {
      const arranged = arrange(layout, this, this.children);
      this.children.forEach((child, i) => {
        child._x = arranged.positions[i]!.x;
        child._y = arranged.positions[i]!.y;
      });
      const resized = arranged.width !== this._width || arranged.height !== this._height;
      this._width = arranged.width;
      this._height = arranged.height;
      if (resized) this.parent?.relayout();
    } finally {
      this.laying = false;
    }
  }

  /** Position on the page (sum of the parents' offsets). */
  absolute(): { x: number; y: number } {
    let x = this._x;
    let y = this._y;
    for (let p = this.parent; p && p.parent; p = p.parent) {
      x += p._x;
      y += p._y;
    }
    return { x, y };
  }

  insert(child: SceneNode, index = this.children.length): void {
    if (child === this || child.contains(this)) throw new Error('A node cannot contain itself');
    child.detach();
    this.children.splice(Math.max(0, Math.min(index, this.children.length)), 0, child);
    child.parent = this;
    child.removed = false;
    this.relayout();
    this.touch();
  }

  detach(): void {
    const parent = this.parent;
    if (!parent) return;
    parent.children.splice(parent.children.indexOf(this), 1);
    this.parent = null;
    parent.relayout();
    parent.touch();
  }

  remove(): void {
    this.detach();
    this.walk((node) => {
      node.removed = true;
    });
    this.touch();
  }

  contains(other: SceneNode): boolean {
    for (let p: SceneNode | null = other; p; p = p.parent) if (p === this) return true;
    return false;
  }

  walk(visit: (node: SceneNode) => void): void {
    visit(this);
    for (const child of [...this.children]) child.walk(visit);
  }

  touch(): void {
    changeListener(this);
  }
}

function finite(value: number, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`${what} must be a finite number`);
  return value;
}

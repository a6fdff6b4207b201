/**
 * A node of the emulated document, host-neutral. The Figma and Penpot
 * facades present the same node in each API's terms; the canvas, the layers
 * list and `playground.snapshot()` read it directly.
 */

/** A fill as the playground keeps it: colours as "#rrggbb", images by hash (Figma) or media id (Penpot). */
export interface SceneFill {
  /** SOLID or IMAGE; other paint types (gradients) are kept but not drawn. */
  readonly type: string;
  readonly color?: string;
  readonly opacity?: number;
  readonly imageHash?: string;
  /** FILL, FIT, CROP, TILE (Figma) or STRETCH (Penpot without keepAspectRatio). */
  readonly scaleMode?: string;
}

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
  parent: SceneNode | null = null;
  readonly children: SceneNode[] = [];
  readonly pluginData = new Map<string, string>();
  relaunchData: Readonly<Record<string, string>> = {};
  removed = false;
  svg?: SvgPart;
  /** The fills the importer gave a leaf; other fills set later are drawn over its markup. */
  importedFills?: readonly SceneFill[];
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
    this.touch();
  }
  get y(): number {
    return this._y;
  }
  set y(value: number) {
    this._y = finite(value, 'y');
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

  resize(width: number, height: number): void {
    if (!(width >= 0.01 && height >= 0.01)) throw new Error(`Invalid size ${width}×${height}`);
    this._width = width;
    this._height = height;
    this.touch();
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
    this.touch();
  }

  detach(): void {
    const parent = this.parent;
    if (!parent) return;
    parent.children.splice(parent.children.indexOf(this), 1);
    this.parent = null;
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

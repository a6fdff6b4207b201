/**
 * Penpot shape objects over the scene: uuid ids, lower-case types, absolute
 * x/y (Penpot keeps canvas coordinates; moving a shape into a board keeps it
 * where it is), fills as {fillColor} / {fillImage}, plugin data as strings.
 *
 * Penpot's runtime `harden`s every shape it hands the plugin (deep freeze of
 * the object, its prototype and every value reachable through properties).
 * So a shape is a facade: all state lives in private fields, which harden
 * cannot reach, and every property is an accessor, whose setter keeps working
 * on a frozen shape as it does in Penpot.
 */
import type { Fill, ImageData } from '@penpot/plugin-types';
import type { SceneNode } from '../scene/node';
import type { Scene } from '../scene/scene';
import { fromPenpotFill, toPenpotFill } from './penpot-fills';

export interface PenpotShapeContext {
  readonly scene: Scene;
  wrap(node: SceneNode): PenpotShapeBase;
  /** Penpot's ImageData for a media id uploaded in this file. */
  media(id: string): ImageData | undefined;
}

const CONTAINERS = new Set(['board', 'group']);

/** Properties Penpot has that the scene does not model: kept per shape, settable. */
interface ShapeExtras {
  blocked: boolean;
  hidden: boolean;
  opacity: number;
  rotation: number;
  strokes: unknown[];
}

export class PenpotShapeBase {
  readonly #n: SceneNode;
  readonly #ctx: PenpotShapeContext;
  readonly #extras: ShapeExtras = { blocked: false, hidden: false, opacity: 1, rotation: 0, strokes: [] };

  constructor(n: SceneNode, ctx: PenpotShapeContext) {
    this.#n = n;
    this.#ctx = ctx;
  }

  /** The scene node behind a shape the plugin handed back; undefined for anything else. */
  static nodeOf(shape: unknown): SceneNode | undefined {
    return shape instanceof PenpotShapeBase ? shape.#n : undefined;
  }

  protected get node(): SceneNode {
    return this.#n;
  }
  protected get context(): PenpotShapeContext {
    return this.#ctx;
  }

  get id(): string {
    return this.#n.id;
  }
  get type(): string {
    return this.#n.type;
  }
  get name(): string {
    return this.#n.name;
  }
  set name(value: string) {
    this.#n.name = String(value);
  }
  get parent(): PenpotShapeBase | null {
    return this.#n.parent ? this.#ctx.wrap(this.#n.parent) : null;
  }
  get x(): number {
    return this.#n.absolute().x;
  }
  set x(value: number) {
    this.#n.x = value - this.#parentOrigin().x;
  }
  get y(): number {
    return this.#n.absolute().y;
  }
  set y(value: number) {
    this.#n.y = value - this.#parentOrigin().y;
  }
  get parentX(): number {
    return this.#n.x;
  }
  get parentY(): number {
    return this.#n.y;
  }
  get width(): number {
    return this.#n.width;
  }
  get height(): number {
    return this.#n.height;
  }
  get bounds() {
    return { x: this.x, y: this.y, width: this.width, height: this.height };
  }
  get center() {
    return { x: this.x + this.width / 2, y: this.y + this.height / 2 };
  }
  get fills(): Fill[] {
    return this.#n.fills.map((f) => toPenpotFill(f, this.#ctx));
  }
  set fills(value: Fill[]) {
    if (!Array.isArray(value)) throw new Error('fills must be an array');
    this.#n.fills = value.map(fromPenpotFill);
  }
  get blocked(): boolean {
    return this.#extras.blocked;
  }
  set blocked(value: boolean) {
    this.#extras.blocked = Boolean(value);
  }
  get hidden(): boolean {
    return this.#extras.hidden;
  }
  set hidden(value: boolean) {
    this.#extras.hidden = Boolean(value);
  }
  get visible(): boolean {
    return !this.#extras.hidden;
  }
  get opacity(): number {
    return this.#extras.opacity;
  }
  set opacity(value: number) {
    this.#extras.opacity = Number(value);
  }
  get rotation(): number {
    return this.#extras.rotation;
  }
  set rotation(value: number) {
    this.#extras.rotation = Number(value);
  }
  get strokes(): unknown[] {
    return [...this.#extras.strokes];
  }
  set strokes(value: unknown[]) {
    if (!Array.isArray(value)) throw new Error('strokes must be an array');
    this.#extras.strokes = [...value];
  }
  resize(width: number, height: number): void {
    this.#n.resize(width, height);
  }
  remove(): void {
    this.#n.remove();
  }
  setPluginData(key: string, value: string): void {
    if (typeof key !== 'string' || typeof value !== 'string') throw new Error('Plugin data must be strings');
    this.#n.pluginData.set(key, value);
    this.#n.touch();
  }
  getPluginData(key: string): string {
    return this.#n.pluginData.get(key) ?? '';
  }
  getPluginDataKeys(): string[] {
    return [...this.#n.pluginData.keys()];
  }

  #parentOrigin(): { x: number; y: number } {
    const parent = this.#n.parent;
    return parent && parent !== this.#ctx.scene.page ? parent.absolute() : { x: 0, y: 0 };
  }
}

/** Boards and groups: children, appendChild and insertChild. */
class PenpotContainer extends PenpotShapeBase {
  get children(): PenpotShapeBase[] {
    return this.node.children.map((c) => this.context.wrap(c));
  }
  appendChild(child: PenpotShapeBase): void {
    this.insertChild(this.node.children.length, child);
  }
  insertChild(index: number, child: PenpotShapeBase): void {
    const node = PenpotShapeBase.nodeOf(child);
    if (!node) throw new Error('Expected a shape');
    const before = node.absolute();
    this.node.insert(node, index);
    // Penpot positions are canvas coordinates: the shape stays where it was.
    const origin = this.node === this.context.scene.page ? { x: 0, y: 0 } : this.node.absolute();
    node.x = before.x - origin.x;
    node.y = before.y - origin.y;
  }
}

export function penpotClassFor(type: string): new (n: SceneNode, ctx: PenpotShapeContext) => PenpotShapeBase {
  return CONTAINERS.has(type) ? PenpotContainer : PenpotShapeBase;
}

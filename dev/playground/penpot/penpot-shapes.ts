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
import type { Fill, ImageData, Stroke } from '@penpot/plugin-types';
import type { SceneNode } from '../scene/node';
import type { Scene } from '../scene/scene';
import {
  fromPenpotFill,
  fromPenpotStroke,
  toPenpotFill,
  toPenpotStroke,
  type StrokeStyle,
} from './penpot-fills';
import { addFlex, boardSizingOf, hasFlex, PenpotFlexLayout, setBoardSizing } from './penpot-flex';
import { drawingOf, leaveDrawing } from './penpot-drawing-exit';
import { removeEmptiedGroups } from './penpot-empty-groups';
import { componentRootOf, recordOf, splitPath } from './penpot-library';
import { PenpotLibraryComponent, PenpotVariants } from './penpot-library-api';

export interface PenpotShapeContext {
  readonly scene: Scene;
  wrap(node: SceneNode): PenpotShapeBase;
  /** Penpot's ImageData for a media id uploaded in this file. */
  media(id: string): ImageData | undefined;
}

const CONTAINERS = new Set(['group']);

/** Properties Penpot has that the scene does not model: kept per shape, settable. */
interface ShapeExtras {
  blocked: boolean;
  hidden: boolean;
  opacity: number;
  rotation: number;
}

/** Each stroke's width, style, alignment and caps, per node (the scene keeps its colour). */
const strokeStyles = new WeakMap<SceneNode, readonly StrokeStyle[]>();

export class PenpotShapeBase {
  readonly #n: SceneNode;
  readonly #ctx: PenpotShapeContext;
  readonly #extras: ShapeExtras = { blocked: false, hidden: false, opacity: 1, rotation: 0 };

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
  /** Renaming a main component's board renames its component too ("a/b": path "a", name "b"). */
  set name(value: string) {
    this.#n.name = String(value);
    const record = this.#n.component?.kind === 'main' ? recordOf(this.#ctx.scene, this.#n) : undefined;
    if (record) Object.assign(record, splitPath(this.#n.name));
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
    this.#n.fills = value.map((fill) => fromPenpotFill(fill, this.#ctx.scene.colours));
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
  get strokes(): Stroke[] {
    const styles = strokeStyles.get(this.#n) ?? [];
    return this.#n.strokes.map((paint, i) => toPenpotStroke(paint, styles[i]));
  }
  set strokes(value: Stroke[]) {
    if (!Array.isArray(value)) throw new Error('strokes must be an array');
    const read = value.map((stroke) => fromPenpotStroke(stroke, this.#ctx.scene.colours));
    strokeStyles.set(
      this.#n,
      read.map(([, style]) => style),
    );
    this.#n.strokes = read.map(([paint]) => paint);
  }
  resize(width: number, height: number): void {
    this.#n.resize(width, height);
  }
  /** Penpot's delete-shapes: the shape with its children, and any group that leaves empty. */
  remove(): void {
    const from = this.#n.parent;
    this.#n.remove();
    removeEmptiedGroups(from, this.#ctx.scene.page);
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

  // Components: what the shape is part of, as Penpot answers.
  isComponentInstance(): boolean {
    return componentRootOf(this.#n) !== undefined;
  }
  isComponentMainInstance(): boolean {
    return this.#inComponent('main');
  }
  isComponentCopyInstance(): boolean {
    return this.#inComponent('instance');
  }
  isComponentRoot(): boolean {
    const kind = this.#n.component?.kind;
    return kind === 'main' || kind === 'instance';
  }
  isComponentHead(): boolean {
    return this.isComponentRoot();
  }
  componentRoot(): PenpotShapeBase | null {
    const root = componentRootOf(this.#n);
    return root ? this.#ctx.wrap(root) : null;
  }
  componentHead(): PenpotShapeBase | null {
    return this.componentRoot();
  }
  component(): PenpotLibraryComponent | null {
    const root = componentRootOf(this.#n);
    const record = root && recordOf(this.#ctx.scene, root);
    return record ? new PenpotLibraryComponent(record, this.#ctx) : null;
  }
  /** A copy's shape in the main component; null inside a main. */
  componentRefShape(): PenpotShapeBase | null {
    const root = componentRootOf(this.#n);
    if (root?.component?.kind !== 'instance') return null;
    const main = this.#ctx.scene.find(root.component.mainId);
    if (!main) return null;
    if (root === this.#n) return this.#ctx.wrap(main);
    // Copies are named after the instance and their source (Scene.instanceChildId).
    const source = this.#ctx.scene.find(this.#n.id.slice(this.#n.id.indexOf(';') + 1));
    return source && main.contains(source) ? this.#ctx.wrap(source) : null;
  }

  #inComponent(kind: 'main' | 'instance'): boolean {
    for (let at: SceneNode | null = this.#n; at; at = at.parent) if (at.component?.kind === kind) return true;
    return false;
  }

  #parentOrigin(): { x: number; y: number } {
    const parent = this.#n.parent;
    return parent && parent !== this.#ctx.scene.page ? parent.absolute() : { x: 0, y: 0 };
  }
}

/**
 * Boards and groups: children, appendChild and insertChild with Penpot's
 * default ordering (flags.naturalChildOrdering false): `children` is the
 * shapes list, bottom layer first; appendChild puts a shape at the bottom
 * (index 0); insertChild(i) at shapes index (count − i), which in a flex
 * board is flow position i. Both are Penpot's relocate-shapes (shape.cljs),
 * whose :mov-objects change reparents and reindexes only: a shape keeps its
 * canvas position when moved in (and its look, out of an imported drawing:
 * penpot-drawing-exit.ts). A group the move leaves empty is deleted.
 */
class PenpotContainer extends PenpotShapeBase {
  get children(): PenpotShapeBase[] {
    return this.#shapes().map((c) => this.context.wrap(c));
  }
  appendChild(child: PenpotShapeBase): void {
    this.relocate(child, 0);
  }
  insertChild(index: number, child: PenpotShapeBase): void {
    if (!Number.isInteger(index)) throw new Error('insertChild expects an index');
    this.relocate(child, this.node.children.length - index);
  }

  /** Moves `child` to `at` in the shapes list (bottom first). */
  protected relocate(child: unknown, at: number): void {
    const node = PenpotShapeBase.nodeOf(child);
    if (!node) throw new Error('Expected a shape');
    const before = node.absolute();
    const from = node.parent;
    const drawing = drawingOf(node);
    if (drawing && !drawing.contains(this.node)) leaveDrawing(node, drawing);
    node.detach();
    const count = this.node.children.length;
    const index = Math.max(0, Math.min(at, count));
    // A flex board keeps its scene children in flow order (penpot-flex.ts).
    this.node.insert(node, hasFlex(this.node) ? count - index : index);
    removeEmptiedGroups(from, this.node);
    if (hasFlex(this.node)) return;
    const origin = this.node === this.context.scene.page ? { x: 0, y: 0 } : this.node.absolute();
    node.x = before.x - origin.x;
    node.y = before.y - origin.y;
  }

  #shapes(): SceneNode[] {
    const children = [...this.node.children];
    return hasFlex(this.node) ? children.reverse() : children;
  }
}

/** Boards: flex layout, sizing, clipping, and what a variant container adds. */
class PenpotBoard extends PenpotContainer {
  #clip = true;
  #showInViewMode = true;

  addFlexLayout(): PenpotFlexLayout {
    addFlex(this.node);
    return this.flex!;
  }
  get flex(): PenpotFlexLayout | undefined {
    if (!hasFlex(this.node)) return undefined;
    // Penpot's flex.appendChild (default ordering): the top of the layers, first in the flow.
    return new PenpotFlexLayout(this.node, (child) => this.relocate(child, this.node.children.length));
  }
  get horizontalSizing(): 'fix' | 'auto' {
    return boardSizingOf(this.node).horizontal;
  }
  set horizontalSizing(value: 'fix' | 'auto') {
    setBoardSizing(this.node, 'horizontal', value);
  }
  get verticalSizing(): 'fix' | 'auto' {
    return boardSizingOf(this.node).vertical;
  }
  set verticalSizing(value: 'fix' | 'auto') {
    setBoardSizing(this.node, 'vertical', value);
  }
  get clipContent(): boolean {
    return this.#clip;
  }
  set clipContent(value: boolean) {
    this.#clip = Boolean(value);
  }
  get showInViewMode(): boolean {
    return this.#showInViewMode;
  }
  set showInViewMode(value: boolean) {
    this.#showInViewMode = Boolean(value);
  }
  get guides(): unknown[] {
    return [];
  }
  isVariantContainer(): boolean {
    return this.node.component?.kind === 'set';
  }
  get variants(): PenpotVariants | null {
    return this.isVariantContainer() ? new PenpotVariants(this.node, this.context) : null;
  }
}

export function penpotClassFor(type: string): new (n: SceneNode, ctx: PenpotShapeContext) => PenpotShapeBase {
  if (type === 'board') return PenpotBoard;
  return CONTAINERS.has(type) ? PenpotContainer : PenpotShapeBase;
}

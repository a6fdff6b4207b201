/**
 * Penpot shape objects over the scene: uuid ids, lower-case types, absolute
 * x/y (Penpot keeps canvas coordinates; moving a shape into a board keeps it
 * where it is), fills as {fillColor} / {fillImage}, plugin data as strings.
 */
import type { Fill, ImageData } from '@penpot/plugin-types';
import type { SceneNode } from '../scene/node';
import { fromPenpotFill, toPenpotFill } from './penpot-fills';
import type { Scene } from '../scene/scene';

export interface PenpotShapeContext {
  readonly scene: Scene;
  wrap(node: SceneNode): PenpotShapeBase;
  /** Penpot's ImageData for a media id uploaded in this file. */
  media(id: string): ImageData | undefined;
}

const CONTAINERS = new Set(['board', 'group']);

export class PenpotShapeBase {
  blocked = false;
  hidden = false;
  visible = true;
  opacity = 1;
  rotation = 0;
  strokes: unknown[] = [];

  constructor(
    protected readonly n: SceneNode,
    protected readonly ctx: PenpotShapeContext,
  ) {}

  get id(): string {
    return this.n.id;
  }
  get type(): string {
    return this.n.type;
  }
  get name(): string {
    return this.n.name;
  }
  set name(value: string) {
    this.n.name = value;
  }
  get parent(): PenpotShapeBase | null {
    return this.n.parent ? this.ctx.wrap(this.n.parent) : null;
  }
  get x(): number {
    return this.n.absolute().x;
  }
  set x(value: number) {
    this.n.x =
      value - (this.n.parent && this.n.parent !== this.ctx.scene.page ? this.n.parent.absolute().x : 0);
  }
  get y(): number {
    return this.n.absolute().y;
  }
  set y(value: number) {
    this.n.y =
      value - (this.n.parent && this.n.parent !== this.ctx.scene.page ? this.n.parent.absolute().y : 0);
  }
  get parentX(): number {
    return this.n.x;
  }
  get parentY(): number {
    return this.n.y;
  }
  get width(): number {
    return this.n.width;
  }
  get height(): number {
    return this.n.height;
  }
  get bounds() {
    return { x: this.x, y: this.y, width: this.width, height: this.height };
  }
  get center() {
    return { x: this.x + this.width / 2, y: this.y + this.height / 2 };
  }
  get fills(): Fill[] {
    return this.n.fills.map((f) => toPenpotFill(f, this.ctx));
  }
  set fills(value: Fill[]) {
    if (!Array.isArray(value)) throw new Error('fills must be an array');
    this.n.fills = value.map(fromPenpotFill);
  }
  resize(width: number, height: number): void {
    this.n.resize(width, height);
  }
  remove(): void {
    this.n.remove();
  }
  setPluginData(key: string, value: string): void {
    if (typeof key !== 'string' || typeof value !== 'string') throw new Error('Plugin data must be strings');
    this.n.pluginData.set(key, value);
    this.n.touch();
  }
  getPluginData(key: string): string {
    return this.n.pluginData.get(key) ?? '';
  }
  getPluginDataKeys(): string[] {
    return [...this.n.pluginData.keys()];
  }
  /** The scene node, for the playground's own code. */
  get sceneNode(): SceneNode {
    return this.n;
  }
}

/** Boards and groups: children, appendChild and insertChild. */
export class PenpotContainer extends PenpotShapeBase {
  get children(): PenpotShapeBase[] {
    return this.n.children.map((c) => this.ctx.wrap(c));
  }
  appendChild(child: PenpotShapeBase): void {
    this.insertChild(this.n.children.length, child);
  }
  insertChild(index: number, child: PenpotShapeBase): void {
    if (!(child instanceof PenpotShapeBase)) throw new Error('Expected a shape');
    const node = child.sceneNode;
    const before = node.absolute();
    this.n.insert(node, index);
    // Penpot positions are canvas coordinates: the shape stays where it was.
    const origin = this.n === this.ctx.scene.page ? { x: 0, y: 0 } : this.n.absolute();
    node.x = before.x - origin.x;
    node.y = before.y - origin.y;
  }
}

export function penpotClassFor(type: string): new (n: SceneNode, ctx: PenpotShapeContext) => PenpotShapeBase {
  return CONTAINERS.has(type) ? PenpotContainer : PenpotShapeBase;
}

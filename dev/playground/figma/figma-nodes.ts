/**
 * Figma node objects over the scene: one object per node (identity holds),
 * Figma's type names, relative coordinates, readonly fills that are replaced
 * whole, plugin data as strings, relaunch data, and errors for removed nodes.
 */
import type { SceneNode } from '../scene/node';
import type { Scene } from '../scene/scene';

export interface FigmaNodeContext {
  readonly scene: Scene;
  wrap(node: SceneNode): FigmaBase;
  readonly document: FigmaBase;
}

export class FigmaBase {
  // Public only because mixin classes cannot extend protected members; plugin code has no business here.
  constructor(
    readonly n: SceneNode,
    readonly ctx: FigmaNodeContext,
  ) {}

  get id(): string {
    return this.n.id;
  }
  get type(): string {
    return this.n.type;
  }
  get removed(): boolean {
    return this.n.removed;
  }
  get name(): string {
    return this.n.name;
  }
  set name(value: string) {
    this.live().name = value;
  }
  get parent(): FigmaBase | null {
    if (this.n === this.ctx.scene.page) return this.ctx.document;
    return this.n.parent ? this.ctx.wrap(this.n.parent) : null;
  }
  remove(): void {
    if (this.n === this.ctx.scene.page) throw new Error('Cannot remove the current page');
    const parent = this.live().parent;
    this.n.remove();
    // Figma has no empty groups: one whose last child goes is gone too.
    if (parent?.type === 'GROUP' && parent.children.length === 0) this.ctx.wrap(parent).remove();
  }
  setPluginData(key: string, value: string): void {
    if (typeof key !== 'string' || typeof value !== 'string')
      throw new Error('Plugin data keys and values must be strings');
    if (value === '') this.live().pluginData.delete(key);
    else this.live().pluginData.set(key, value);
    this.n.touch();
  }
  getPluginData(key: string): string {
    return this.n.pluginData.get(key) ?? '';
  }
  getPluginDataKeys(): string[] {
    return [...this.n.pluginData.keys()];
  }
  setRelaunchData(data: { [command: string]: string }): void {
    if (!data || typeof data !== 'object') throw new Error('Relaunch data must be an object');
    this.live().relaunchData = Object.freeze({ ...data });
    this.n.touch();
  }
  getRelaunchData(): { [command: string]: string } {
    return { ...this.n.relaunchData };
  }
  toString(): string {
    return `[Node ${this.n.id}]`;
  }
  /** The scene node, for the playground's own code. */
  get sceneNode(): SceneNode {
    return this.n;
  }

  /** The node, or Figma's error once it was removed. */
  live(): SceneNode {
    if (this.n.removed) throw new Error(`The node with id "${this.n.id}" does not exist`);
    return this.n;
  }
}

/** Members every scene node has. */
export class FigmaSceneNode extends FigmaBase {
  visible = true;
  locked = false;
  opacity = 1;
  rotation = 0;

  get x(): number {
    return this.n.x;
  }
  set x(value: number) {
    this.live().x = value;
  }
  get y(): number {
    return this.n.y;
  }
  set y(value: number) {
    this.live().y = value;
  }
  get width(): number {
    return this.n.width;
  }
  get height(): number {
    return this.n.height;
  }
  get absoluteTransform(): Transform {
    const { x, y } = this.n.absolute();
    return [
      [1, 0, x],
      [0, 1, y],
    ];
  }
  get absoluteBoundingBox(): Rect {
    return { ...this.n.absolute(), width: this.n.width, height: this.n.height };
  }
  resize(width: number, height: number): void {
    this.live().resize(width, height);
  }
  resizeWithoutConstraints(width: number, height: number): void {
    this.live().resize(width, height);
  }
  /** Scales the node and everything in it about its top-left corner (the scene's boxes; paths are drawn to fit). */
  rescale(scale: number): void {
    if (!(scale >= 0.01)) throw new Error('Invalid scale');
    const scaled = (node: SceneNode, top: boolean): void => {
      if (!top) {
        node.x *= scale;
        node.y *= scale;
      }
      node.resize(node.width * scale, node.height * scale);
      node.children.forEach((child) => scaled(child, false));
    };
    scaled(this.live(), true);
  }
}

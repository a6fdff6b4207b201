/** The document, its one page (with the selection) and the node cache of one sandbox run. */
import { SceneNode } from '../scene/node';
import type { Scene } from '../scene/scene';
import { figmaClassFor, WithChildren } from './figma-kinds';
import { FigmaBase, type FigmaNodeContext } from './figma-nodes';

class FigmaPage extends WithChildren(FigmaBase) {
  get selection(): readonly FigmaBase[] {
    return Object.freeze(this.ctx.scene.selection().map((n) => this.ctx.wrap(n)));
  }
  set selection(nodes: readonly FigmaBase[]) {
    if (!Array.isArray(nodes)) throw new Error('selection must be an array of nodes');
    const scene = nodes.map((node) => {
      if (!(node instanceof FigmaBase) || node.removed) throw new Error('Cannot select a removed node');
      if (!this.ctx.scene.page.contains(node.sceneNode) || node.sceneNode === this.ctx.scene.page) {
        throw new Error('Selected nodes must be on the current page');
      }
      return node.sceneNode;
    });
    this.ctx.scene.select(scene);
  }
  /** With dynamic-page access the current page is always loaded. */
  loadAsync(): Promise<void> {
    return Promise.resolve();
  }
}

class FigmaDocument extends FigmaBase {
  // The document node is made afresh each run; its plugin data lives in the scene, as a file keeps it.
  override setPluginData(key: string, value: string): void {
    if (typeof key !== 'string' || typeof value !== 'string')
      throw new Error('Plugin data keys and values must be strings');
    if (value === '') this.ctx.scene.documentData.delete(key);
    else this.ctx.scene.documentData.set(key, value);
  }
  override getPluginData(key: string): string {
    return this.ctx.scene.documentData.get(key) ?? '';
  }
  override getPluginDataKeys(): string[] {
    return [...this.ctx.scene.documentData.keys()];
  }
  get children(): readonly FigmaBase[] {
    return Object.freeze([this.ctx.wrap(this.ctx.scene.page)]);
  }
  override get parent(): null {
    return null;
  }
}

/** One cache per run: a fresh sandbox gets fresh objects, and identity holds within a run. */
export function createFigmaNodeContext(scene: Scene): FigmaNodeContext {
  const cache = new WeakMap<SceneNode, FigmaBase>();
  const documentNode = new SceneNode('0:0', 'DOCUMENT', 'Playground', 0, 0);
  const ctx: FigmaNodeContext = {
    scene,
    document: undefined as unknown as FigmaBase,
    wrap(node) {
      let wrapped = cache.get(node);
      if (!wrapped) {
        const Class = node === scene.page ? FigmaPage : figmaClassFor(node.type);
        wrapped = new Class(node, ctx);
        cache.set(node, wrapped);
      }
      return wrapped;
    },
  };
  (ctx as { document: FigmaBase }).document = new FigmaDocument(documentNode, ctx);
  return ctx;
}

/**
 * The editor side of the Penpot plugin API: the context object Penpot's
 * plugin runtime (@penpot/plugins-runtime) reads for `penpot.*`, over the
 * playground's scene. The runtime itself supplies `penpot.ui`, permission
 * checks, the blanked fetch, timers and the compartment; this file is what
 * Penpot's editor supplies.
 *
 * The runtime `harden`s this object and every value it returns, so nothing
 * here exposes the scene through a property: state lives in closures and
 * shape facades (penpot-shapes.ts), and every getter answers fresh values.
 */
import type { ImageData } from '@penpot/plugin-types';
import type { PlaygroundTheme } from '../api-types';
import type { SceneNode } from '../scene/node';
import type { Scene } from '../scene/scene';
import { importSvg, type SvgTypeMap } from '../scene/svg-import';
import { uploadMedia } from './penpot-media';
import { combineVariants, flattenNodes, groupNodes } from './penpot-edit';
import { createPenpotFile, createPenpotPage, libraryContext } from './penpot-page';
import { penpotClassFor, PenpotShapeBase, type PenpotShapeContext } from './penpot-shapes';
import { createPenpotStorage } from './penpot-storage';
import { createPenpotViewport } from './penpot-viewport';

const PENPOT_SVG_TYPES: SvgTypeMap = {
  root: 'group',
  group: 'group',
  text: 'text',
  leaf: (tag) => (tag === 'rect' ? 'rectangle' : tag === 'circle' || tag === 'ellipse' ? 'ellipse' : 'path'),
};

/** What the runtime receives from the context builder; typed loosely, as the runtime reads it by name. */
export type PenpotContextLike = object;

export interface PenpotContextControl {
  readonly context: PenpotContextLike;
  /** Fires an editor event (selectionchange, themechange, finish…) to the listeners the runtime added. */
  fire(event: string, payload: unknown): void;
  /** Stops following the scene (the plugin closed). */
  dispose(): void;
}

export interface ContextOptions {
  readonly theme: () => PlaygroundTheme;
  /** Called with what a listener threw: the plugin's error, reported by the host. */
  readonly onListenerError: (event: string, error: unknown) => void;
  /** The permissions the plugin's manifest asked for (the editor checks some itself: library:write). */
  readonly permissions: () => readonly string[];
}

export function createPenpotContext(scene: Scene, options: ContextOptions): PenpotContextControl {
  const cache = new WeakMap<SceneNode, PenpotShapeBase>();
  const media = new Map<string, ImageData>();
  const shapes: PenpotShapeContext = {
    scene,
    media: (id) => media.get(id),
    wrap(node) {
      let shape = cache.get(node);
      if (!shape) cache.set(node, (shape = new (penpotClassFor(node.type))(node, shapes)));
      return shape;
    },
  };
  const listeners = new Map<string, { event: string; callback: (payload: unknown) => void }>();
  let nextListener = 0;
  const fire = (event: string, payload: unknown) => {
    for (const { event: e, callback } of [...listeners.values()]) {
      if (e !== event) continue;
      try {
        callback(payload);
      } catch (error) {
        options.onListenerError(event, error);
      }
    }
  };
  const stopSelection = scene.onSelection(() =>
    fire(
      'selectionchange',
      scene.selection().map((n) => n.id),
    ),
  );
  const create = (type: string, name: string, fill: string) => {
    const node = scene.create(type, name, 100, 100);
    node.fills = [{ type: 'SOLID', color: fill, opacity: 1 }];
    return shapes.wrap(node);
  };
  const storage = createPenpotStorage();
  const page = createPenpotPage(scene, shapes);
  const file = createPenpotFile(scene);
  const viewport = createPenpotViewport(scene);
  const library = libraryContext(shapes, () => options.permissions().includes('library:write'));
  const nodesOf = (value: unknown, what: string): SceneNode[] => {
    if (!Array.isArray(value)) throw new Error(`${what} expects an array of shapes`);
    return value.map((s) => PenpotShapeBase.nodeOf(s)).filter((n) => n !== undefined);
  };

  const context = {
    version: '2.9.0-playground',
    get theme() {
      return options.theme();
    },
    get localStorage() {
      return storage;
    },
    get root() {
      return shapes.wrap(scene.page);
    },
    get currentPage() {
      return page;
    },
    get currentFile() {
      return file;
    },
    get selection() {
      return scene.selection().map((n) => shapes.wrap(n));
    },
    set selection(value: unknown) {
      if (!Array.isArray(value)) throw new Error('selection must be an array of shapes');
      scene.select(value.map((s) => PenpotShapeBase.nodeOf(s)).filter((n) => n !== undefined));
    },
    get viewport() {
      return viewport;
    },
    get library() {
      return library;
    },
    get flags() {
      return { naturalChildOrdering: false, throwValidationErrors: false };
    },
    get currentUser() {
      return { id: 'playground-user', name: 'Playground user' };
    },
    get history() {
      return { undoBlockBegin: () => 'undo-block', undoBlockFinish: () => undefined };
    },
    addListener(event: string, callback: (payload: unknown) => void): string {
      const id = `listener-${++nextListener}`;
      listeners.set(id, { event, callback });
      return id;
    },
    removeListener(id: string): void {
      listeners.delete(id);
    },
    createRectangle: () => create('rectangle', 'Rectangle', '#b1b2b5'),
    createBoard: () => create('board', 'Board', '#ffffff'),
    createShapeFromSvg(svg: string) {
      try {
        return shapes.wrap(importSvg(scene, String(svg), PENPOT_SVG_TYPES, 'svg'));
      } catch {
        return null; // Penpot answers null for a file it cannot read
      }
    },
    group(value: unknown) {
      const group = groupNodes(scene, nodesOf(value, 'group'));
      return group ? shapes.wrap(group) : null;
    },
    flatten: (value: unknown) => flattenNodes(scene, nodesOf(value, 'flatten')).map((n) => shapes.wrap(n)),
    createVariantFromComponents(value: unknown) {
      const set = combineVariants(scene, nodesOf(value, 'createVariantFromComponents'));
      return set ? shapes.wrap(set) : null;
    },
    uploadMediaData(name: string, data: Uint8Array, mimeType: string): Promise<ImageData> {
      return uploadMedia(name, data, mimeType).then((image) => (media.set(image.id, image), image));
    },
  };
  return {
    context,
    fire,
    dispose() {
      stopSelection();
      listeners.clear();
    },
  };
}

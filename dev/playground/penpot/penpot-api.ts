/**
 * The emulated `penpot` global for one run of the plugin code, with Penpot's
 * permission checks from the manifest, SVG import that answers null when it
 * cannot read the file, media uploads, events and the plugin's localStorage.
 */
import type { ImageData } from '@penpot/plugin-types';
import type { PlaygroundTheme } from '../api-types';
import type { SandboxSession } from '../runtime/session';
import type { SceneNode } from '../scene/node';
import type { Scene } from '../scene/scene';
import { importSvg, type SvgTypeMap } from '../scene/svg-import';
import { uploadMedia } from './penpot-media';
import { createPenpotPage, libraryContext, typeGuards } from './penpot-page';
import { createPenpotStorage } from './penpot-storage';
import { penpotClassFor, PenpotShapeBase, type PenpotShapeContext } from './penpot-shapes';
import type { PenpotUiControl } from './penpot-ui';
import { createPenpotViewport } from './penpot-viewport';

export const PENPOT_SVG_TYPES: SvgTypeMap = {
  root: 'group',
  group: 'group',
  text: 'text',
  leaf: (tag) => (tag === 'rect' ? 'rectangle' : tag === 'circle' || tag === 'ellipse' ? 'ellipse' : 'path'),
};
const EVENTS = new Set([
  'pagechange',
  'filechange',
  'selectionchange',
  'themechange',
  'finish',
  'shapechange',
  'contentsave',
]);

export interface PenpotRun {
  readonly penpot: Record<string, unknown>;
  fire(event: string, payload: unknown): void;
}

interface RunOptions {
  readonly permissions: readonly string[];
  readonly theme: () => PlaygroundTheme;
  readonly ui: PenpotUiControl;
  readonly close: () => void;
}

export function createPenpotApi(session: SandboxSession, scene: Scene, options: RunOptions): PenpotRun {
  const need = (permission: string) => {
    if (!options.permissions.includes(permission)) throw new Error(`Permission ${permission} is not granted`);
  };
  const cache = new WeakMap<SceneNode, PenpotShapeBase>();
  const media = new Map<string, ImageData>();
  const ctx: PenpotShapeContext = {
    scene,
    media: (id) => media.get(id),
    wrap(node) {
      let shape = cache.get(node);
      if (!shape) cache.set(node, (shape = new (penpotClassFor(node.type))(node, ctx)));
      return shape;
    },
  };
  const listeners = new Map<symbol, { event: string; handler: (payload: unknown) => void }>();
  const fire = (event: string, payload: unknown) => {
    for (const { event: e, handler } of [...listeners.values()]) {
      if (e === event) session.call(`penpot.on('${event}')`, handler, payload);
    }
  };
  session.onEnd(
    scene.onSelection(() =>
      fire(
        'selectionchange',
        scene.selection().map((n) => n.id),
      ),
    ),
  );
  session.onEnd(() => listeners.clear());
  const create = (type: string, name: string, fill: string) => {
    need('content:write');
    const node = scene.create(type, name, 100, 100);
    node.fills = [{ type: 'SOLID', color: fill, opacity: 1 }];
    return ctx.wrap(node);
  };
  const storage = createPenpotStorage();
  const page = createPenpotPage(scene, ctx);

  const penpot = {
    version: '2.9.0-playground',
    ui: options.ui.ui,
    utils: { types: typeGuards() },
    get theme() {
      return options.theme();
    },
    get localStorage() {
      need('allow:localstorage');
      return storage;
    },
    get root() {
      need('content:read');
      return ctx.wrap(scene.page);
    },
    get currentPage() {
      need('content:read');
      return page;
    },
    get selection() {
      need('content:read');
      return scene.selection().map((n) => ctx.wrap(n));
    },
    set selection(shapes: PenpotShapeBase[]) {
      need('content:read');
      if (!Array.isArray(shapes)) throw new Error('selection must be an array of shapes');
      scene.select(shapes.filter((s) => s instanceof PenpotShapeBase).map((s) => s.sceneNode));
    },
    viewport: createPenpotViewport(scene),
    get library() {
      need('library:read');
      return libraryContext();
    },
    currentUser: { id: 'playground-user', name: 'Playground user' },
    history: { undoBlockBegin: () => Symbol('undo'), undoBlockFinish: () => undefined },
    closePlugin: options.close,
    on(event: string, handler: (payload: unknown) => void) {
      if (!EVENTS.has(event)) throw new Error(`Unknown event ${event}`);
      if (typeof handler !== 'function') throw new Error('The callback must be a function');
      const id = Symbol(event);
      listeners.set(id, { event, handler });
      return id;
    },
    off: (id: symbol) => void listeners.delete(id),
    createRectangle: () => create('rectangle', 'Rectangle', '#b1b2b5'),
    createBoard: () => create('board', 'Board', '#ffffff'),
    createShapeFromSvg(svg: string) {
      need('content:write');
      try {
        return ctx.wrap(importSvg(scene, svg, PENPOT_SVG_TYPES, 'svg'));
      } catch {
        return null; // Penpot answers null for a file it cannot read
      }
    },
    uploadMediaData(name: string, data: Uint8Array, mimeType: string): Promise<ImageData> {
      need('content:write');
      return uploadMedia(name, data, mimeType).then((image) => (media.set(image.id, image), image));
    },
  };
  return { penpot, fire };
}

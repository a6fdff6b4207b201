/**
 * The emulated `figma` global for one run of dist/code.js: what the plugin
 * uses of Figma's API, with Figma's behaviour where it matters (SVG import
 * that throws, image limits, dynamic-page access, async selection events,
 * close tearing the sandbox down).
 */
import type { PlaygroundTheme } from '../api-types';
import type { SandboxSession } from '../runtime/session';
import { SlowStep } from '../runtime/slow-step';
import { base64ToBytes, bytesToBase64 } from '../runtime/structured-json';
import { importSvg, UnreadableSvgError, type SvgTypeMap } from '../scene/svg-import';
import type { Scene } from '../scene/scene';
import { showToast } from '../view/toasts';
import type { PluginPanel } from '../view/panel';
import { createClientStorage } from './client-storage';
import { createImage, createImageAsync, getImageByHash } from './figma-images';
import type { FigmaBase } from './figma-nodes';
import { createFigmaNodeContext } from './figma-page';
import { createFigmaComponents } from './figma-components';
import {
  localColorVariables,
  localPaintStyles,
  paintStyleById,
  variableById,
  variableCollection,
} from './figma-styles';
import { setBoundVariableForPaint } from './paints';
import { createFigmaUi, type FigmaUiControl } from './figma-ui';
import { createFigmaViewport } from './figma-viewport';

const FIGMA_SVG_TYPES: SvgTypeMap = {
  root: 'FRAME',
  group: 'GROUP',
  text: 'TEXT',
  leaf: () => 'VECTOR',
};
type FigmaEvent = 'selectionchange' | 'close' | 'run' | 'currentpagechange';
const DYNAMIC_PAGE = (name: string) =>
  new Error(`Cannot call ${name} with documentAccess: dynamic-page. Use the async version instead.`);

/**
 * What the plugin awaits of Figma while inserting: node lookups (the frame or
 * shape a result goes into, then the node to focus). A result for the view
 * awaits nothing of Figma before its node exists.
 */
const nodeLookups = new SlowStep();

/** window.playground.slowInserts: every figma.getNodeByIdAsync answers this much later. */
export function setNodeLookupDelay(ms: number): void {
  nodeLookups.setDelay(ms);
}

export interface FigmaRun {
  readonly figma: Record<string, unknown>;
  readonly ui: FigmaUiControl;
  fire(event: FigmaEvent, ...args: unknown[]): void;
}

export function createFigmaApi(
  session: SandboxSession,
  scene: Scene,
  panel: PluginPanel,
  options: { command: string; theme: PlaygroundTheme; close: () => void },
): FigmaRun {
  const ctx = createFigmaNodeContext(scene);
  const ui = createFigmaUi(session, panel, options.theme);
  const listeners = new Map<FigmaEvent, Set<(...args: unknown[]) => void>>();
  const onceOnly = new WeakSet<(...args: unknown[]) => void>();
  const fire = (event: FigmaEvent, ...args: unknown[]) => {
    for (const handler of [...(listeners.get(event) ?? [])]) {
      if (onceOnly.has(handler)) listeners.get(event)?.delete(handler);
      session.call(`figma.on('${event}')`, handler, ...args);
    }
  };
  session.onEnd(scene.onSelection(() => fire('selectionchange')));
  const on = (event: FigmaEvent, handler: (...args: unknown[]) => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(handler);
  };
  const create = (type: string, name: string, fill: string) => {
    const node = scene.create(type, name, 100, 100);
    node.fills = [{ type: 'SOLID', color: fill, opacity: 1 }];
    return ctx.wrap(node);
  };
  const page = ctx.wrap(scene.page);

  const figma = {
    apiVersion: '1.0.0',
    command: options.command,
    editorType: 'figma',
    mode: 'default',
    pluginId: 'recraft-assets-plugin',
    mixed: Symbol('figma.mixed'),
    root: ctx.document,
    get currentPage() {
      return page;
    },
    currentUser: { id: 'playground-user', name: 'Playground user', photoUrl: null, color: '#0d99ff' },
    clientStorage: createClientStorage(session),
    ui: ui.ui,
    viewport: createFigmaViewport(scene),
    showUI: (html: string, showOptions?: ShowUIOptions) => ui.showUI(html, showOptions),
    on,
    once: (event: FigmaEvent, handler: (...args: unknown[]) => void) => {
      on(event, handler);
      onceOnly.add(handler);
    },
    off: (event: FigmaEvent, handler: (...args: unknown[]) => void) =>
      void listeners.get(event)?.delete(handler),
    notify: (message: string, notifyOptions: NotificationOptions = {}): NotificationHandler => {
      if (typeof message !== 'string') throw new Error('notify expects a string');
      return { cancel: showToast(message, notifyOptions) };
    },
    closePlugin: (message?: string) => {
      if (message) showToast(message);
      options.close();
    },
    // Frozen like every answer: a lookup still under way when the plugin closes never comes back.
    getNodeByIdAsync: (id: string) => session.freeze(nodeLookups.run(() => findNode(id))),
    getNodeById: () => {
      throw DYNAMIC_PAGE('getNodeById');
    },
    loadAllPagesAsync: () => Promise.resolve(),
    getLocalPaintStylesAsync: () => Promise.resolve(localPaintStyles(scene)),
    getStyleByIdAsync: (id: string) => Promise.resolve(paintStyleById(scene, id)),
    variables: {
      getLocalVariablesAsync: (type?: string) =>
        Promise.resolve(localColorVariables(scene).filter((v) => !type || v.resolvedType === type)),
      getVariableByIdAsync: (id: string) => Promise.resolve(variableById(scene, id)),
      getVariableCollectionByIdAsync: (id: string) => Promise.resolve(variableCollection(id)),
      getVariableById: () => {
        throw DYNAMIC_PAGE('getVariableById');
      },
      setBoundVariableForPaint,
    },
    ...createFigmaComponents(ctx),
    getLocalPaintStyles: () => {
      throw DYNAMIC_PAGE('getLocalPaintStyles');
    },
    createRectangle: () => create('RECTANGLE', 'Rectangle', '#d9d9d9'),
    createFrame: () => create('FRAME', 'Frame', '#ffffff'),
    createNodeFromSvg: (svg: string) => {
      try {
        return ctx.wrap(importSvg(scene, svg, FIGMA_SVG_TYPES, 'Frame'));
      } catch (error) {
        if (error instanceof UnreadableSvgError) {
          throw new Error(`Failed to import SVG: ${error.message}`, { cause: error });
        }
        throw error;
      }
    },
    createImage,
    createImageAsync: (url: string) => createImageAsync(session, url),
    getImageByHash,
    base64Encode: bytesToBase64,
    base64Decode: base64ToBytes,
  };

  function findNode(id: string): FigmaBase | null {
    if (id === ctx.document.id) return ctx.document;
    const node = scene.page.id === id ? scene.page : scene.find(id);
    return node && !node.removed ? ctx.wrap(node) : null;
  }

  return { figma, ui, fire };
}

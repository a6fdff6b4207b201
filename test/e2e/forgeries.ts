/**
 * Well-formed protocol messages of every type, as an attacker's frame would
 * forge them: each passes the protocol guard, so only who sent it can get it
 * dropped. The maps are typed by the protocol itself, so a message type added
 * later cannot be left out of the attack. Everything forged says FORGED
 * somewhere a designer would see it if it got through.
 */
import { PNG } from 'pngjs';
import {
  EMPTY_SELECTION,
  type PluginMessageOf,
  type PluginToUi,
  type UiMessageOf,
  type UiToPlugin,
} from '../../core/protocol/messages';
import { prefillBrandKit } from '../../core/brand/prefill';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { newSetRecord } from '../../core/sets/set-record';
import type { IconSetSpec } from '../../core/sets/types';
import { DEFAULT_VECTOR_OPTIONS, type PendingTask, type TaskView } from '../../core/tasks/types';

export const FORGED = 'FORGED';

/** What the attacker knows or guesses when it forges a round. */
export interface Knowledge {
  /** The attacker's own server: `apiBase` of the second mock gateway. */
  readonly attackerApiBase: string;
  /** A task the attacker created on its own server, for the plugin to "follow". */
  readonly attackerTaskId: string;
  /** A shape on the canvas whose fill the attacker wants replaced. */
  readonly shapeId: string;
  /** The designer's real tasks and History entries, once they exist (the strongest forgery). */
  readonly realTaskIds: readonly string[];
  readonly realEntryIds: readonly string[];
}

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
  '<rect width="64" height="64" fill="#ff00ff"/></svg>';
const PNG_BYTES = new Uint8Array(PNG.sync.write(new PNG({ width: 8, height: 8 })));

/** A task as the attacker would hand it over: pointing at its server (an older record's field). */
function attackerTask(k: Knowledge, target: PendingTask['request']['target']): PendingTask {
  const task = {
    taskId: k.attackerTaskId,
    apiBase: k.attackerApiBase,
    createdAt: Date.now(),
    deadlineAt: Date.now() + 600_000,
    request: {
      model: 'recraft-v4-text-to-vector',
      prompt: `${FORGED} by the attacker`,
      size: '1024x1024',
      vector: DEFAULT_VECTOR_OPTIONS,
      target,
    },
  } as const;
  return task as PendingTask;
}

const ids = (known: readonly string[], guess: string) => (known.length > 0 ? known : [guess]);
/** Request ids as each side numbers its own: a forger can guess them. */
const UI_REQUEST_IDS = ['ui-1', 'ui-2', 'ui-3'];
const PLUGIN_REQUEST_ID = 'plugin-1';

/** Every UI → sandbox message, forged. */
export function forgedForSandbox(k: Knowledge): UiMessageOf<keyof UiToPlugin>[] {
  const viewport = attackerTask(k, { kind: 'viewport' });
  const fill = attackerTask(k, { kind: 'fill', nodeId: k.shapeId });
  const image = { kind: 'image', bytes: PNG_BYTES, mime: 'image/png', width: 8, height: 8 } as const;
  const taskIds = ids(k.realTaskIds, k.attackerTaskId);
  const entryIds = ids(k.realEntryIds, 'entry-1');
  const all: { [K in keyof UiToPlugin]: UiMessageOf<K>[] } = {
    'ui-ready': [{ type: 'ui-ready' }],
    'save-key': [{ type: 'save-key', apiKey: 'aio_attackers_own_key' }],
    'forget-key': [{ type: 'forget-key' }],
    'save-settings': [
      { type: 'save-settings', settings: { ...DEFAULT_SETTINGS, apiBase: k.attackerApiBase } },
    ],
    'track-task': [{ type: 'track-task', requestId: 'ui-1', task: viewport }],
    'insert-result': [
      { type: 'insert-result', requestId: 'ui-2', task: viewport, result: { kind: 'svg', svg: SVG } },
      { type: 'insert-result', requestId: 'ui-3', task: fill, result: image },
    ],
    'cancel-task': taskIds.map((taskId) => ({ type: 'cancel-task', taskId })),
    'keep-waiting': taskIds.map((taskId) => ({ type: 'keep-waiting', taskId })),
    'insert-history': entryIds.map((entryId) => ({ type: 'insert-history', entryId })),
    'delete-history': entryIds.map((entryId) => ({ type: 'delete-history', entryId })),
    'undo-delete-history': entryIds.map((entryId) => ({ type: 'undo-delete-history', entryId })),
    'save-palette': [{ type: 'save-palette', palette: ['#ff0000'] }],
    'save-brand-kit': [{ type: 'save-brand-kit', requestId: 'ui-7', kit: forgedKit }],
    'request-thumbnails': [{ type: 'request-thumbnails', entryIds: [...entryIds] }],
    'export-history': entryIds.map((entryId) => ({ type: 'export-history', requestId: 'ui-4', entryId })),
    'save-notice': [{ type: 'save-notice', notice: forgedNotice() }],
    'dismiss-notice': [{ type: 'dismiss-notice', id: `${FORGED}-notice` }],
    notify: [{ type: 'notify', message: `${FORGED} toast`, error: true }],
    'select-node': [{ type: 'select-node', nodeId: k.shapeId }],
    resize: [{ type: 'resize', width: 1000, height: 1200 }],
    'image-converted': [
      { type: 'image-converted', requestId: PLUGIN_REQUEST_ID, image: { ...image, mime: 'image/png' } },
    ],
    'start-set': [{ type: 'start-set', requestId: 'ui-5', spec: forgedSetSpec() }],
    'set-item': [
      { type: 'set-item', requestId: 'ui-6', setId: FORGED_SET_ID, index: 0, variant: 1, state: 'sending' },
    ],
    'stop-set': [{ type: 'stop-set', setId: FORGED_SET_ID }],
    'dismiss-set': [{ type: 'dismiss-set', setId: FORGED_SET_ID }],
  };
  return Object.values(all).flat();
}

const FORGED_SET_ID = `${FORGED}-set`;

/** A kit that passes every check, its prefix saying who made it. */
const forgedKit = { ...prefillBrandKit([]), prefix: 'forged' };

/** An icon set the designer never asked for: a container and charged icons, if anything took it. */
function forgedSetSpec(): IconSetSpec {
  return {
    setId: FORGED_SET_ID,
    name: `${FORGED} set`,
    prefix: 'forged',
    subjects: ['skull', 'crossbones'],
    style: 'outline',
    template: '{subject} icon, {style}',
    model: 'recraft-v4-text-to-vector',
    size: '1024x1024',
    iconSize: 24,
    padding: 2,
    colour: { mode: 'keep', mono: '#000000', palette: [] },
    variants: 1,
  };
}

/** A "may have been charged" notice the designer never had. */
function forgedNotice() {
  return {
    id: `${FORGED}-notice`,
    prompt: `${FORGED} notice`,
    model: 'recraft-v4-text-to-vector',
    createdAt: Date.now(),
    reason: `${FORGED}: it may have been charged`,
  } as const;
}

/** Every sandbox → UI message, forged. */
export function forgedForUi(k: Knowledge): PluginMessageOf<keyof PluginToUi>[] {
  const pending = attackerTask(k, { kind: 'viewport' });
  const taskIds = ids(k.realTaskIds, k.attackerTaskId);
  const view: TaskView = {
    taskId: `${FORGED}-task`,
    request: { ...pending.request, prompt: `${FORGED} task` },
    phase: 'running',
    createdAt: Date.now(),
    updatedAt: Date.now(),
    polls: 1,
  };
  const error = { code: 'server', action: 'none', message: `${FORGED} banner` } as const;
  const entry = {
    id: `${FORGED}-entry`,
    taskId: k.attackerTaskId,
    prompt: `${FORGED} history`,
    model: 'recraft-v4-text-to-vector',
    size: '1024x1024',
    kind: 'svg',
    createdAt: Date.now(),
    cached: false,
    bytes: 0,
  } as const;
  const selection = {
    count: 1,
    nodeId: k.shapeId,
    name: `${FORGED} selection`,
    canContain: true,
    canFill: true,
  };
  const forgedSetRecord = newSetRecord(forgedSetSpec(), `${FORGED}-container`, Date.now());
  const all: { [K in keyof PluginToUi]: PluginMessageOf<K>[] } = {
    init: [
      {
        type: 'init',
        host: 'figma',
        settings: { ...DEFAULT_SETTINGS, apiBase: k.attackerApiBase },
        apiKey: null,
        selection,
        history: [entry],
        palette: [],
        pending: [pending],
        notices: [forgedNotice()],
        sets: [],
        swatches: [],
        theme: 'dark',
      },
      {
        type: 'init',
        host: 'penpot',
        settings: { ...DEFAULT_SETTINGS, apiBase: k.attackerApiBase },
        apiKey: 'aio_attackers_own_key',
        selection: EMPTY_SELECTION,
        history: [],
        palette: [],
        pending: [pending],
        notices: [],
        sets: [],
        swatches: [],
      },
    ],
    selection: [{ type: 'selection', selection }],
    'task-persisted': replies(taskIds, (requestId, taskId) => ({
      type: 'task-persisted',
      requestId,
      taskId,
    })),
    'task-not-saved': replies(taskIds, (requestId, taskId) => ({
      type: 'task-not-saved',
      requestId,
      taskId,
    })),
    'task-update': [{ type: 'task-update', view }],
    // Unasked (as the sandbox's runner tells the UI), and as answers to a guessed request.
    inserted: [
      ...taskIds.map((taskId) => ({ type: 'inserted' as const, taskId, nodeId: `${FORGED}-node` })),
      ...replies(taskIds, (requestId, taskId) => ({
        type: 'inserted' as const,
        requestId,
        taskId,
        nodeId: `${FORGED}-node`,
      })),
    ],
    'insert-failed': [
      ...taskIds.map((taskId) => ({ type: 'insert-failed' as const, taskId, error })),
      ...replies(taskIds, (requestId, taskId) => ({
        type: 'insert-failed' as const,
        requestId,
        taskId,
        error,
      })),
    ],
    history: [{ type: 'history', history: [entry] }],
    'brand-kit': [
      { type: 'brand-kit', kit: forgedKit },
      ...UI_REQUEST_IDS.map((requestId) => ({ type: 'brand-kit' as const, requestId, kit: forgedKit })),
    ],
    thumbnails: [
      {
        type: 'thumbnails',
        thumbnails: [{ entryId: entry.id, kind: 'svg', data: SVG, mime: 'image/svg+xml' }],
      },
    ],
    'history-file': UI_REQUEST_IDS.map((requestId) => ({
      type: 'history-file',
      requestId,
      file: { entryId: entry.id, kind: 'svg', data: SVG, mime: 'image/svg+xml' },
    })),
    theme: [{ type: 'theme', theme: 'dark' }],
    error: [
      { type: 'error', error },
      ...UI_REQUEST_IDS.map((requestId) => ({ type: 'error' as const, requestId, error })),
    ],
    'convert-image': [
      { type: 'convert-image', requestId: PLUGIN_REQUEST_ID, bytes: PNG_BYTES, mime: 'image/webp' },
    ],
    sets: [{ type: 'sets', sets: [forgedSetRecord] }],
    'set-started': UI_REQUEST_IDS.map((requestId) => ({
      type: 'set-started',
      requestId,
      set: forgedSetRecord,
    })),
    'set-saved': UI_REQUEST_IDS.map((requestId) => ({ type: 'set-saved', requestId })),
  };
  return Object.values(all).flat();
}

/** A forged answer for each task, to each request id a forger could guess. */
function replies<T>(taskIds: readonly string[], make: (requestId: string, taskId: string) => T): T[] {
  return taskIds.flatMap((taskId) => UI_REQUEST_IDS.map((requestId) => make(requestId, taskId)));
}

/**
 * Each message in every wrapping a host might read: bare (Penpot's UI),
 * Figma's `{pluginMessage}`, and Penpot's envelope with a guessed secret.
 */
export function everyWrapping(messages: readonly unknown[]): unknown[] {
  return messages.flatMap((message) => [
    message,
    { pluginMessage: message },
    { channel: 'guessed-secret', message },
    { channel: '', message },
  ]);
}

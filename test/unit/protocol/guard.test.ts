import { describe, expect, it } from 'vitest';
import { asPluginMessage, asUiMessage } from '../../../core/protocol/guard';
import type { PluginMessage, UiMessage } from '../../../core/protocol/messages';
import { EMPTY_SELECTION } from '../../../core/protocol/messages';
import type { IconSetRecord, IconSetSpec } from '../../../core/sets/types';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { DEFAULT_VECTOR_OPTIONS, type PendingTask } from '../../../core/tasks/types';

const task: PendingTask = {
  taskId: 't1',
  request: {
    model: 'recraft-v4-text-to-vector',
    prompt: 'a rocket',
    size: '1024x1024',
    vector: DEFAULT_VECTOR_OPTIONS,
    target: { kind: 'viewport' },
  },
  createdAt: 1,
  deadlineAt: 2,
};
const bytes = new Uint8Array([1, 2, 3]);
const setSpec: IconSetSpec = {
  setId: 'set-1',
  name: 'Brand icons',
  prefix: 'icon',
  subjects: ['home', 'bell'],
  style: 'outline',
  template: '{subject} icon, {style}',
  model: 'recraft-v4-text-to-vector',
  size: '1024x1024',
  iconSize: 24,
  padding: 2,
  colour: { mode: 'keep', mono: '#000000', palette: [] },
  variants: 1,
};
const setRecord: IconSetRecord = {
  spec: setSpec,
  containerId: '1:9',
  items: [
    { index: 0, variant: 1, state: 'landed', taskId: 't1', nodeId: '1:10' },
    { index: 1, variant: 1, state: 'waiting' },
  ],
  createdAt: 1,
  stopped: false,
};

/** One well-formed message of every UI → sandbox type. */
const UI_MESSAGES: UiMessage[] = [
  { type: 'ui-ready' },
  { type: 'save-key', apiKey: 'aio_x' },
  { type: 'forget-key' },
  { type: 'save-settings', settings: DEFAULT_SETTINGS },
  { type: 'track-task', requestId: 'ui-1', task },
  { type: 'insert-result', requestId: 'ui-2', task, result: { kind: 'svg', svg: '<svg/>' } },
  { type: 'cancel-task', taskId: 't1' },
  { type: 'keep-waiting', taskId: 't1' },
  { type: 'insert-history', entryId: 'h1' },
  { type: 'delete-history', entryId: 'h1' },
  { type: 'request-thumbnails', entryIds: ['h1'] },
  { type: 'export-history', requestId: 'ui-3', entryId: 'h1' },
  {
    type: 'save-notice',
    notice: {
      id: 'n1',
      prompt: 'a fox',
      model: 'recraft-v4-text-to-vector',
      createdAt: 1,
      reason: 'charged?',
    },
  },
  { type: 'dismiss-notice', id: 'n1' },
  { type: 'notify', message: 'hi', error: false },
  { type: 'select-node', nodeId: '1:2' },
  { type: 'resize', width: 360, height: 620 },
  { type: 'image-converted', requestId: 'c1', image: { bytes, mime: 'image/png', width: 1, height: 1 } },
  { type: 'image-converted', requestId: 'c1', error: 'no decoder' },
  { type: 'start-set', requestId: 'ui-4', spec: setSpec },
  { type: 'set-item', requestId: 'ui-5', setId: 'set-1', index: 0, variant: 1, state: 'sending' },
  {
    type: 'set-item',
    requestId: 'ui-6',
    setId: 'set-1',
    index: 3,
    variant: 2,
    state: 'failed',
    error: { code: 'bad-request', message: 'no', action: 'none' },
  },
  { type: 'stop-set', setId: 'set-1' },
  { type: 'dismiss-set', setId: 'set-1' },
];

/** One well-formed message of every sandbox → UI type. */
const PLUGIN_MESSAGES: PluginMessage[] = [
  {
    type: 'init',
    host: 'figma',
    settings: DEFAULT_SETTINGS,
    apiKey: null,
    selection: EMPTY_SELECTION,
    history: [],
    palette: [],
    pending: [task],
    notices: [],
    sets: [],
    swatches: [],
  },
  {
    type: 'init',
    host: 'penpot',
    settings: DEFAULT_SETTINGS,
    apiKey: 'aio_x',
    selection: EMPTY_SELECTION,
    history: [],
    palette: ['#112233'],
    pending: [],
    notices: [],
    sets: [setRecord],
    swatches: [{ kind: 'library', id: 'c1', name: 'Brand/Primary', hex: '#1e88e5' }],
  },
  { type: 'selection', selection: EMPTY_SELECTION },
  { type: 'task-persisted', requestId: 'ui-1', taskId: 't1' },
  { type: 'task-not-saved', requestId: 'ui-1', taskId: 't1' },
  {
    type: 'task-update',
    view: { taskId: 't1', request: task.request, phase: 'running', createdAt: 1, updatedAt: 2, polls: 1 },
  },
  { type: 'inserted', taskId: 't1', nodeId: '1:2' },
  { type: 'inserted', requestId: 'ui-2', taskId: 't1', nodeId: '1:2' },
  { type: 'insert-failed', taskId: 't1', error: { code: 'insert-failed', message: 'no', action: 'retry' } },
  { type: 'history', history: [] },
  { type: 'sets', sets: [setRecord] },
  { type: 'sets', sets: [] },
  { type: 'set-started', requestId: 'ui-4', set: setRecord },
  { type: 'set-saved', requestId: 'ui-5' },
  { type: 'thumbnails', thumbnails: [] },
  {
    type: 'history-file',
    requestId: 'ui-3',
    file: { entryId: 'h1', kind: 'svg', data: '<svg/>', mime: 'image/svg+xml' },
  },
  { type: 'theme', theme: 'dark' },
  { type: 'error', error: { code: 'network', message: 'offline', action: 'retry' } },
  { type: 'error', requestId: 'ui-3', error: { code: 'result-expired', message: 'gone', action: 'none' } },
  { type: 'convert-image', requestId: 'c1', bytes, mime: 'image/webp' },
  { type: 'convert-image', requestId: 'c1', bytes, mime: 'image/png', maxSide: 4096 },
];

describe('protocol guard', () => {
  it.each(UI_MESSAGES)('accepts the UI message $type', (message) => {
    expect(asUiMessage(message)).toBe(message);
  });

  it.each(PLUGIN_MESSAGES)('accepts the sandbox message $type', (message) => {
    expect(asPluginMessage(message)).toBe(message);
  });

  it('drops what is not one of ours, without throwing', () => {
    const hostile = {
      get type(): string {
        throw new Error('boom');
      },
    };
    for (const junk of [
      null,
      undefined,
      42,
      'ui-ready',
      [],
      {},
      { type: 'unknown' },
      { type: 'toString' },
      hostile,
    ]) {
      expect(asUiMessage(junk)).toBeUndefined();
      expect(asPluginMessage(junk)).toBeUndefined();
    }
  });

  it('drops known types whose payload is malformed', () => {
    expect(asUiMessage({ type: 'save-key', apiKey: 42 })).toBeUndefined();
    expect(asUiMessage({ type: 'track-task', task: { taskId: 't1' } })).toBeUndefined();
    expect(asUiMessage({ type: 'resize', width: Infinity, height: 1 })).toBeUndefined();
    expect(
      asUiMessage({ type: 'image-converted', requestId: 'c1', image: { bytes: [1, 2] } }),
    ).toBeUndefined();
    expect(
      asPluginMessage({ type: 'convert-image', requestId: 'c1', bytes: 'AAEC', mime: 'image/webp' }),
    ).toBeUndefined();
    expect(asPluginMessage({ type: 'theme', theme: 'sepia' })).toBeUndefined();
    expect(asPluginMessage({ type: 'init', host: 'figma' })).toBeUndefined();
    expect(asUiMessage({ type: 'save-notice', notice: { id: 'n1' } })).toBeUndefined();
    expect(asUiMessage({ type: 'export-history' })).toBeUndefined();
    // Requests carry their id; replies to a request carry it too.
    expect(asUiMessage({ type: 'track-task', task })).toBeUndefined();
    expect(asUiMessage({ type: 'export-history', requestId: 7, entryId: 'h1' })).toBeUndefined();
    expect(asPluginMessage({ type: 'task-persisted', taskId: 't1' })).toBeUndefined();
    expect(asPluginMessage({ type: 'inserted', requestId: null, taskId: 't1', nodeId: '1' })).toBeUndefined();
    expect(
      asPluginMessage({ type: 'history-file', file: { entryId: 'h1', kind: 'pdf', data: '', mime: 'x' } }),
    ).toBeUndefined();
    expect(
      asPluginMessage({ type: 'convert-image', requestId: 'c1', bytes, mime: 'image/png', maxSide: 0 }),
    ).toBeUndefined();
  });

  it('never mistakes a message of one direction for the other', () => {
    expect(asPluginMessage({ type: 'ui-ready' })).toBeUndefined();
    expect(asUiMessage({ type: 'task-persisted', requestId: 'ui-1', taskId: 't1' })).toBeUndefined();
  });
});

/** The guard on icon sets' messages and the new request fields: whole values pass, one bad field drops it. */
import { describe, expect, it } from 'vitest';
import { userError } from '../../../core/errors/catalogue';
import { asPluginMessage, asUiMessage } from '../../../core/protocol/guard';
import { EMPTY_SELECTION } from '../../../core/protocol/messages';
import { iconMetaFor, iconRequest, regenerateRequest } from '../../../core/sets/icon-request';
import { newSetRecord } from '../../../core/sets/set-record';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { DEFAULT_VECTOR_OPTIONS, type GenerationRequest, type PendingTask } from '../../../core/tasks/types';
import { sampleSpec } from '../sets/fixtures';

const spec = sampleSpec({ subjects: ['home', 'bell'], variants: 2 });
const record = newSetRecord(spec, '1:9', 1);
const swatch = { kind: 'style', id: 'S:1', name: 'Brand', hex: '#1e88e5' };
const init = {
  type: 'init',
  host: 'figma',
  settings: DEFAULT_SETTINGS,
  apiKey: null,
  selection: EMPTY_SELECTION,
  history: [],
  palette: [],
  pending: [],
  notices: [],
  sets: [record],
  swatches: [swatch],
};
const setItem = { type: 'set-item', requestId: 'r', setId: 'set-1', index: 1, variant: 2, state: 'waiting' };
const request: GenerationRequest = {
  model: 'recraft-v4-text-to-vector',
  prompt: 'a rocket',
  size: '1024x1024',
  vector: DEFAULT_VECTOR_OPTIONS,
  target: { kind: 'viewport' },
};
const track = (r: object) => {
  const task: PendingTask = { taskId: 't1', request: { ...request, ...r }, createdAt: 1, deadlineAt: 2 };
  return asUiMessage({ type: 'track-task', requestId: 'r', task });
};
const meta = {
  prompt: 'bell icon, outline',
  model: 'recraft-v4-text-to-vector',
  size: '1024x1024',
  taskId: 't1',
  createdAt: 1,
  icon: iconMetaFor(spec, { setId: 'set-1', index: 1, variant: 1 }),
} as const;
const selected = (selection: object) => asPluginMessage({ type: 'selection', selection });

describe('guard: icon sets', () => {
  it('takes start-set with a whole spec, drops a malformed one', () => {
    const start = (s: unknown) => asUiMessage({ type: 'start-set', requestId: 'r', spec: s });
    expect(start(spec)).toBeDefined();
    expect(start({ ...spec, insideId: '1:2' })).toBeDefined();
    expect(start({ ...spec, variants: 0 })).toBeUndefined();
    expect(start({ ...spec, iconSize: 64 })).toBeUndefined();
    expect(start({ ...spec, subjects: ['home', null] })).toBeUndefined();
    expect(start({ ...spec, colour: { ...spec.colour, bind: { kind: 'variable' } } })).toBeUndefined();
    expect(asUiMessage({ type: 'start-set', spec })).toBeUndefined();
  });

  it('takes set-item only in the states the UI saves, with a place and an optional error', () => {
    expect(asUiMessage(setItem)).toBeDefined();
    expect(asUiMessage({ ...setItem, state: 'sending' })).toBeDefined();
    expect(asUiMessage({ ...setItem, state: 'failed', error: userError('network') })).toBeDefined();
    for (const bad of [
      { state: 'accepted' },
      { state: 'landed' },
      { state: 'failed', error: 'offline' },
      { index: -1 },
      { index: '1' },
      { variant: 0 },
      { setId: undefined },
      { requestId: 3 },
    ]) {
      expect(asUiMessage({ ...setItem, ...bad }), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('takes stop-set and dismiss-set naming a set', () => {
    for (const type of ['stop-set', 'dismiss-set']) {
      expect(asUiMessage({ type, setId: 'set-1' })).toBeDefined();
      expect(asUiMessage({ type })).toBeUndefined();
      expect(asUiMessage({ type, setId: 1 })).toBeUndefined();
    }
  });

  it('takes sets, set-started and set-saved with whole records; one bad record drops the message', () => {
    const damaged = { ...record, items: record.items.slice(1) };
    expect(asPluginMessage({ type: 'sets', sets: [record] })).toBeDefined();
    expect(asPluginMessage({ type: 'sets', sets: [record, damaged] })).toBeUndefined();
    expect(asPluginMessage({ type: 'sets', sets: record })).toBeUndefined();
    expect(asPluginMessage({ type: 'set-started', requestId: 'r', set: record })).toBeDefined();
    expect(asPluginMessage({ type: 'set-started', requestId: 'r', set: damaged })).toBeUndefined();
    expect(asPluginMessage({ type: 'set-started', set: record })).toBeUndefined();
    expect(asPluginMessage({ type: 'set-saved', requestId: 'r' })).toBeDefined();
    expect(asPluginMessage({ type: 'set-saved' })).toBeUndefined();
  });

  it("init carries the sets and the document's swatches", () => {
    expect(asPluginMessage(init)).toBeDefined();
    expect(asPluginMessage({ ...init, sets: undefined })).toBeUndefined();
    expect(asPluginMessage({ ...init, swatches: undefined })).toBeUndefined();
    expect(asPluginMessage({ ...init, sets: [{ ...record, stopped: 'yes' }] })).toBeUndefined();
    expect(asPluginMessage({ ...init, swatches: [{ ...swatch, hex: 'blue' }] })).toBeUndefined();
  });

  it('takes the set and replace targets and a batch slot on a request', () => {
    expect(track({ target: { kind: 'set', setId: 'set-1', index: 0, variant: 1 } })).toBeDefined();
    expect(track(iconRequest(spec, { setId: 'set-1', index: 1, variant: 2 }))).toBeDefined();
    expect(track({ target: { kind: 'replace', nodeId: '1:2' } })).toBeDefined();
    expect(track({ target: { kind: 'replace', nodeId: '1:2', icon: meta.icon } })).toBeDefined();
    expect(track({ batch: { id: 'b1', index: 0, count: 1 } })).toBeDefined();
    expect(track({ batch: { id: 'b1', index: 7, count: 8 } })).toBeDefined();
    for (const bad of [
      { target: { kind: 'set', setId: 'set-1', index: 0 } },
      { target: { kind: 'set', setId: 'set-1', index: -1, variant: 1 } },
      { target: { kind: 'set', index: 0, variant: 1 } },
      { target: { kind: 'replace' } },
      { target: { kind: 'replace', nodeId: '1:2', icon: { ...meta.icon, iconSize: 64 } } },
      { target: { kind: 'elsewhere', nodeId: '1:2' } },
      { batch: { id: 'b1', index: 8, count: 8 } },
      { batch: { id: 'b1', index: -1, count: 8 } },
      { batch: { id: 'b1', index: 0.5, count: 8 } },
      { batch: { index: 0, count: 8 } },
      { batch: 'b1' },
    ]) {
      expect(track(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it("takes a selection's generated meta with its icon part, and the selected icon to regenerate", () => {
    const icon = { nodeId: '1:20', name: 'icon/bell', request: regenerateRequest(meta, meta.icon, '1:20') };
    expect(selected({ ...EMPTY_SELECTION, count: 1, generated: meta, regenerate: icon })).toBeDefined();
    expect(selected({ ...EMPTY_SELECTION, count: 1, generated: { ...meta, icon: undefined } })).toBeDefined();
    expect(
      selected({ ...EMPTY_SELECTION, generated: { ...meta, icon: { ...meta.icon, padding: 20 } } }),
    ).toBeUndefined();
    expect(selected({ ...EMPTY_SELECTION, regenerate: { ...icon, name: undefined } })).toBeUndefined();
    expect(
      selected({ ...EMPTY_SELECTION, regenerate: { ...icon, request: { ...icon.request, model: 'x' } } }),
    ).toBeUndefined();
    // Regenerate this icon replaces the component in place: a request aimed anywhere else is not one.
    expect(selected({ ...EMPTY_SELECTION, regenerate: { ...icon, request: request } })).toBeUndefined();
  });
});

/** The guard checks nested values as their types claim: one malformed field anywhere drops the message. */
import { describe, expect, it } from 'vitest';
import { asPluginMessage, asUiMessage } from '../../../core/protocol/guard';
import { EMPTY_SELECTION } from '../../../core/protocol/messages';
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
const image = { kind: 'image', bytes: new Uint8Array([1]), mime: 'image/png', width: 8, height: 8 };
const entry = {
  id: 'h1',
  taskId: 't1',
  prompt: 'a rocket',
  model: 'recraft-v4-text-to-vector',
  size: '1024x1024',
  kind: 'svg',
  createdAt: 1,
  cached: true,
  bytes: 10,
};
const init = {
  type: 'init',
  host: 'penpot',
  settings: DEFAULT_SETTINGS,
  apiKey: null,
  selection: EMPTY_SELECTION,
  history: [entry],
  palette: ['#112233'],
  pending: [task],
  notices: [],
  sets: [],
  swatches: [],
};
const withRequest = (request: object) => ({ ...task, request: { ...task.request, ...request } });
const track = (t: unknown) => asUiMessage({ type: 'track-task', requestId: 'ui-1', task: t });
const insertResult = (result: unknown) =>
  asUiMessage({ type: 'insert-result', requestId: 'ui-2', task, result });

describe('guard: UI → sandbox values', () => {
  it('takes whole settings, drops settings with a malformed field', () => {
    const save = (settings: unknown) => asUiMessage({ type: 'save-settings', settings });
    expect(save(DEFAULT_SETTINGS)).toBeDefined();
    expect(save({ ...DEFAULT_SETTINGS, model: 'gpt-paint' })).toBeUndefined();
    expect(save({ ...DEFAULT_SETTINGS, sizes: { 'imagen-4': 1 } })).toBeUndefined();
    expect(save({ ...DEFAULT_SETTINGS, sizes: { 'no-such-model': '1:1' } })).toBeUndefined();
    expect(
      save({ ...DEFAULT_SETTINGS, vector: { ...DEFAULT_VECTOR_OPTIONS, palette: ['#fff', 3] } }),
    ).toBeUndefined();
    expect(
      save({ ...DEFAULT_SETTINGS, vector: { ...DEFAULT_VECTOR_OPTIONS, recolor: 'rainbow' } }),
    ).toBeUndefined();
    expect(save({ ...DEFAULT_SETTINGS, batch: '4' })).toBeUndefined();
    const { apiBase: _dropped, ...noApiBase } = DEFAULT_SETTINGS;
    expect(save(noApiBase)).toBeUndefined();
  });

  it('takes a whole task, drops one whose request, target, options or first answer are malformed', () => {
    expect(track(task)).toBeDefined();
    expect(
      track({ ...task, immediate: { status: 'succeeded', urls: ['https://f.test/a.svg'] } }),
    ).toBeDefined();
    expect(track(withRequest({ vector: undefined }))).toBeUndefined();
    expect(track(withRequest({ target: { kind: 'inside' } }))).toBeUndefined();
    expect(track(withRequest({ target: { kind: 'somewhere', nodeId: '1' } }))).toBeUndefined();
    expect(
      track(withRequest({ vector: { ...DEFAULT_VECTOR_OPTIONS, iconFrame: { size: 23, padding: 1 } } })),
    ).toBeUndefined();
    expect(track(withRequest({ model: 'gpt-paint' }))).toBeUndefined();
    expect(
      track({ ...task, immediate: { status: 'succeeded', urls: 'https://f.test/a.svg' } }),
    ).toBeUndefined();
    expect(track({ ...task, createdAt: '1' })).toBeUndefined();
  });

  it('takes a result as its type claims it, drops any other', () => {
    expect(insertResult({ kind: 'svg', svg: '<svg/>' })).toBeDefined();
    expect(insertResult(image)).toBeDefined();
    expect(insertResult({ kind: 'svg', svg: 42 })).toBeUndefined();
    expect(insertResult({ ...image, bytes: [1] })).toBeUndefined();
    expect(insertResult({ ...image, mime: 'image/bmp' })).toBeUndefined();
    for (const width of [0, -8, Number.NaN, Number.POSITIVE_INFINITY, '8']) {
      expect(insertResult({ ...image, width })).toBeUndefined();
    }
    expect(insertResult({ kind: 'pdf', svg: '<svg/>' })).toBeUndefined();
  });

  it('takes a converted image only as a whole PNG of a positive size', () => {
    const converted = (img: unknown) => asUiMessage({ type: 'image-converted', requestId: 'p1', image: img });
    expect(converted({ ...image, kind: undefined })).toBeDefined();
    expect(converted({ ...image, mime: 'image/webp' })).toBeUndefined();
    expect(converted({ ...image, height: 0 })).toBeUndefined();
    expect(asUiMessage({ type: 'image-converted', requestId: 'p1', error: 7 })).toBeUndefined();
  });
});

describe('guard: sandbox → UI values', () => {
  it('takes a whole init, drops one with any malformed part', () => {
    expect(asPluginMessage(init)).toBeDefined();
    expect(asPluginMessage({ ...init, history: [{ ...entry, model: 'retired-model' }] })).toBeUndefined();
    expect(asPluginMessage({ ...init, history: [{ ...entry, kind: 'pdf' }] })).toBeUndefined();
    expect(asPluginMessage({ ...init, palette: ['#112233', null] })).toBeUndefined();
    expect(asPluginMessage({ ...init, pending: [{ ...task, taskId: '' }] })).toBeUndefined();
    expect(asPluginMessage({ ...init, selection: { count: 1, canContain: true } })).toBeUndefined();
    expect(asPluginMessage({ ...init, settings: { apiBase: 'https://x.test/api' } })).toBeUndefined();
    expect(
      asPluginMessage({ ...init, prefill: { prompt: 'p', model: 'nope', size: '1:1' } }),
    ).toBeUndefined();
    expect(asPluginMessage({ ...init, apiKey: 42 })).toBeUndefined();
  });

  it('checks a selection’s generated meta, a task view, errors, History and thumbnails', () => {
    const generated = { prompt: 'p', model: 'imagen-4', size: '1:1', taskId: 't', createdAt: 1 };
    const selection = { ...EMPTY_SELECTION, count: 1, nodeId: '1:2', generated };
    expect(asPluginMessage({ type: 'selection', selection })).toBeDefined();
    const badMeta = { ...selection, generated: { ...generated, createdAt: 'yesterday' } };
    expect(asPluginMessage({ type: 'selection', selection: badMeta })).toBeUndefined();

    const view = {
      taskId: 't1',
      request: task.request,
      phase: 'running',
      createdAt: 1,
      updatedAt: 2,
      polls: 1,
    };
    expect(asPluginMessage({ type: 'task-update', view })).toBeDefined();
    expect(asPluginMessage({ type: 'task-update', view: { ...view, phase: 'exploded' } })).toBeUndefined();
    expect(asPluginMessage({ type: 'task-update', view: { ...view, error: 'boom' } })).toBeUndefined();

    expect(asPluginMessage({ type: 'insert-failed', taskId: 't1', error: { code: 'x' } })).toBeUndefined();
    expect(asPluginMessage({ type: 'history', history: [entry, { id: 'x' }] })).toBeUndefined();
    const thumbnail = { entryId: 'h1', kind: 'svg', data: '<svg/>', mime: 'image/svg+xml' };
    expect(asPluginMessage({ type: 'thumbnails', thumbnails: [thumbnail] })).toBeDefined();
    expect(asPluginMessage({ type: 'thumbnails', thumbnails: [thumbnail, null] })).toBeUndefined();
  });
});

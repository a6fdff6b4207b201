import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../../core/api/errors';
import type { HistoryEntry } from '../../../core/history/types';
import { EMPTY_SELECTION, type PluginMessage } from '../../../core/protocol/messages';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { appReducer, INITIAL_APP_STATE, type AppState } from '../../../ui/state/app-state';

const entry = (id: string): HistoryEntry => ({
  id,
  taskId: `task-${id}`,
  prompt: `prompt ${id}`,
  model: 'recraft-v4-text-to-vector',
  size: '1024x1024',
  kind: 'svg',
  createdAt: 1,
  cached: true,
  bytes: 10,
});

const init = (apiKey: string | null): PluginMessage => ({
  type: 'init',
  host: 'penpot',
  settings: { ...DEFAULT_SETTINGS, apiBase: 'http://127.0.0.1:5/api/v1' },
  apiKey,
  selection: EMPTY_SELECTION,
  history: [entry('a')],
  palette: ['#123456'],
  pending: [],
  notices: [],
  sets: [],
  swatches: [],
  theme: 'dark',
});

const message = (state: AppState, m: PluginMessage) => appReducer(state, { type: 'message', message: m });

describe('app state', () => {
  it('starts from init, with the key field open only when no key is stored', () => {
    const withKey = message(INITIAL_APP_STATE, init('aio_x'));
    expect(withKey).toMatchObject({
      apiKey: 'aio_x',
      keyEditing: false,
      theme: 'dark',
      palette: ['#123456'],
    });
    expect(withKey.settings.apiBase).toBe('http://127.0.0.1:5/api/v1');
    expect(message(INITIAL_APP_STATE, init(null)).keyEditing).toBe(true);
  });

  it("takes the sandbox's checked settings as they are, merging no defaults of its own", () => {
    const sent = init('aio_x');
    if (sent.type !== 'init') throw new Error('an init message');
    expect(message(INITIAL_APP_STATE, sent).settings).toBe(sent.settings);
  });

  it('follows the key panel: save, change, forget, refused', () => {
    let state = message(INITIAL_APP_STATE, init(null));
    state = appReducer(state, { type: 'key-saved', apiKey: 'aio_1' });
    expect(state).toMatchObject({ apiKey: 'aio_1', keyEditing: false });
    const refused = errorFromResponse(401, '');
    state = appReducer(state, { type: 'key-refused', error: refused });
    expect(state.keyEditing).toBe(true);
    // The catalogue's sentence, as it is.
    expect(state.keyError).toBe(refused.message);
    state = appReducer(state, { type: 'key-editing', editing: false });
    expect(state).toMatchObject({ keyEditing: false, keyError: undefined });
    state = appReducer(state, { type: 'key-forgotten' });
    expect(state).toMatchObject({ apiKey: null, keyEditing: true });
    // Without a stored key the field cannot be closed.
    expect(appReducer(state, { type: 'key-editing', editing: false }).keyEditing).toBe(true);
  });

  it('keeps thumbnails of entries still in history only', () => {
    let state = message(INITIAL_APP_STATE, init('k'));
    state = message(state, {
      type: 'thumbnails',
      thumbnails: [
        { entryId: 'a', kind: 'svg', data: '<svg/>', mime: 'image/svg+xml' },
        { entryId: 'b', kind: 'svg', data: '<svg/>', mime: 'image/svg+xml' },
      ],
    });
    expect(Object.keys(state.thumbnails).sort()).toEqual(['a', 'b']);
    state = message(state, { type: 'history', history: [entry('b')] });
    expect(Object.keys(state.thumbnails)).toEqual(['b']);
  });

  it('takes selection, theme and sandbox errors', () => {
    let state = message(INITIAL_APP_STATE, init('k'));
    const selection = { count: 1, nodeId: '1:1', name: 'F', canContain: true, canFill: false };
    state = message(state, { type: 'selection', selection });
    state = message(state, { type: 'theme', theme: 'light' });
    state = message(state, {
      type: 'error',
      error: { code: 'insert-failed', message: 'Nope.', action: 'none' },
    });
    expect(state).toMatchObject({ selection, theme: 'light', banner: 'Nope.' });
    expect(appReducer(state, { type: 'banner-closed' }).banner).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { STORE_KEYS } from '../../../core/storage/store';
import { DEFAULT_UI_SIZE } from '../../../core/ui-size';
import { KEY, makeTask } from './fixtures';
import { initOf, startOn } from './harness';

describe('startPlugin: opening', () => {
  it('opens the UI at its size and says nothing before the UI is ready', async () => {
    const { host } = await startOn();
    expect(host.ui).toEqual(DEFAULT_UI_SIZE);
    expect(host.messages).toEqual([]);
  });

  it("answers 'ui-ready' with everything the UI starts from", async () => {
    const INK = { kind: 'library', id: 'c1', name: 'Brand/Ink', hex: '#112233' } as const;
    const pending = makeTask('t-pending');
    const { host } = await startOn({
      name: 'penpot',
      theme: 'dark',
      swatches: [INK],
      prefill: { prompt: 'owl', model: 'recraft-v4-text-to-image', size: '1024x1024' },
      storage: {
        [STORE_KEYS.apiKey]: KEY,
        [STORE_KEYS.settings]: { apiBase: 'http://127.0.0.1:8787/api/v1' },
        [STORE_KEYS.pendingPrefix + 't-pending']: pending,
      },
    });
    const init = await initOf(host);
    expect(init).toEqual({
      type: 'init',
      host: 'penpot',
      settings: { ...DEFAULT_SETTINGS, apiBase: 'http://127.0.0.1:8787/api/v1' },
      apiKey: KEY,
      selection: { count: 0, canContain: false, canFill: false },
      history: [],
      palette: ['#112233'],
      pending: [pending],
      notices: [],
      sets: [],
      swatches: [INK],
      prefill: { prompt: 'owl', model: 'recraft-v4-text-to-image', size: '1024x1024' },
      theme: 'dark',
    });
  });

  it('starts with no key and default settings on a first run', async () => {
    const { host } = await startOn();
    const init = await initOf(host);
    expect(init.apiKey).toBeNull();
    expect(init.settings).toEqual(DEFAULT_SETTINGS);
    expect(init.pending).toEqual([]);
  });

  it('reports the selection, including what this plugin generated', async () => {
    const { host } = await startOn();
    const frame = host.addNode('frame', { name: 'Icons' });
    const meta = {
      prompt: 'owl',
      model: 'recraft-v4-text-to-vector',
      size: '1024x1024',
      taskId: 't',
      createdAt: 1,
    };
    const made = host.addNode('vector', { pluginData: { recraft: JSON.stringify(meta) } });
    host.select(frame.id);
    const first = await host.waitFor('selection');
    expect(first.selection).toMatchObject({ count: 1, nodeId: frame.id, name: 'Icons', canContain: true });
    const from = host.messages.length;
    host.select(made.id);
    const second = await host.waitFor('selection', from);
    expect(second.selection.generated).toEqual(meta);
  });

  it('passes theme changes on', async () => {
    const { host } = await startOn({ name: 'penpot', theme: 'dark' });
    host.changeTheme('light');
    expect(await host.waitFor('theme')).toEqual({ type: 'theme', theme: 'light' });
  });
});

import { describe, expect, it } from 'vitest';
import { STORE_KEYS } from '../../../core/storage/store';
import { KEY, makeTask, svgResult } from './fixtures';
import { initOf, startOn } from './harness';

describe('startPlugin: the API key', () => {
  it('stores the trimmed key under its one storage key, and nowhere else', async () => {
    const { host } = await startOn({ name: 'penpot' });
    host.send({ type: 'save-key', apiKey: `  ${KEY}\n` });
    const init = await initOf(host);
    expect(init.apiKey).toBe(KEY);
    expect(host.stored.get(STORE_KEYS.apiKey)).toBe(JSON.stringify(KEY));
    const elsewhere = [...host.stored].filter(([k, v]) => k !== STORE_KEYS.apiKey && v.includes(KEY));
    expect(elsewhere).toEqual([]);
  });

  it('never puts the key in plugin data, history or any message but init', async () => {
    const { host } = await startOn({ name: 'penpot', storage: { [STORE_KEYS.apiKey]: KEY } });
    const task = makeTask('t1');
    host.send({ type: 'track-task', requestId: 'rq', task });
    await host.waitFor('task-persisted');
    host.send({ type: 'insert-result', requestId: 'rq', task, result: svgResult() });
    const inserted = await host.waitFor('inserted');
    await initOf(host);
    const node = host.nodes.get(inserted.nodeId)!;
    expect(JSON.stringify(node.pluginData)).not.toContain(KEY);
    const notInit = host.messages.filter((m) => m.type !== 'init');
    expect(notInit.length).toBeGreaterThan(2);
    expect(JSON.stringify(notInit)).not.toContain(KEY);
    expect(JSON.stringify(host.notifications)).not.toContain(KEY);
    const elsewhere = [...host.stored].filter(([k, v]) => k !== STORE_KEYS.apiKey && v.includes(KEY));
    expect(elsewhere).toEqual([]);
  });

  it('forgets the key', async () => {
    const { host } = await startOn({ storage: { [STORE_KEYS.apiKey]: KEY } });
    expect((await initOf(host)).apiKey).toBe(KEY);
    host.send({ type: 'forget-key' });
    expect((await initOf(host)).apiKey).toBeNull();
    expect(host.stored.has(STORE_KEYS.apiKey)).toBe(false);
  });

  it('treats an empty key as forgetting it', async () => {
    const { host } = await startOn({ storage: { [STORE_KEYS.apiKey]: KEY } });
    host.send({ type: 'save-key', apiKey: '   ' });
    expect((await initOf(host)).apiKey).toBeNull();
  });
});

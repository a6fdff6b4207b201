import { describe, expect, it } from 'vitest';
import { STORE_KEYS } from '../../../core/storage/store';
import type { PendingTask } from '../../../core/tasks/types';
import { API_BASE, KEY, SANDBOX_GATEWAY, SAVED_API, SVG, makeTask } from './fixtures';
import { FILES, inMemoryGateway } from '../../support/in-memory-gateway';
import { initOf, startOn, until } from './harness';

const pendingKey = (id: string) => STORE_KEYS.pendingPrefix + id;

describe('startPlugin with a sandbox fetch (Figma: the sandbox runs the tasks)', () => {
  it('persists, polls, downloads and inserts a tracked task, reporting each step', async () => {
    const gateway = inMemoryGateway(SVG, 2, SANDBOX_GATEWAY);
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { ...SAVED_API, [STORE_KEYS.apiKey]: KEY },
    });
    const task = makeTask('r1', { prompt: 'lighthouse', createdAt: Date.now() });
    host.send({ type: 'track-task', requestId: 'rq', task });
    expect(await host.waitFor('task-persisted')).toEqual({
      type: 'task-persisted',
      requestId: 'rq',
      taskId: 'r1',
    });
    const inserted = await host.waitFor('inserted');
    expect(host.nodes.get(inserted.nodeId)).toMatchObject({ kind: 'vector', name: 'lighthouse' });
    await until(() => host.ofType('task-update').some((m) => m.view.phase === 'done'));
    expect(host.stored.has(pendingKey('r1'))).toBe(false);

    const phases = host.ofType('task-update').map((m) => m.view.phase);
    expect(phases).toContain('running');
    expect(phases).toContain('fetching');
    expect(phases.at(-1)).toBe('done');
    expect(host.ofType('task-update').at(-1)!.view.nodeId).toBe(inserted.nodeId);

    expect(gateway.polls.get('r1')).toBe(3);
    // The key goes to the API base only, never to the file host.
    const apiCalls = gateway.calls.filter((c) => c.url.startsWith(API_BASE));
    expect(apiCalls.every((c) => c.authorization === `Bearer ${KEY}`)).toBe(true);
    const fileCalls = gateway.calls.filter((c) => c.url.startsWith(FILES));
    expect(fileCalls).toHaveLength(1);
    expect(fileCalls[0]!.authorization).toBeUndefined();
  });

  it('polls the API base saved in the settings, never one a task record names', async () => {
    const gateway = inMemoryGateway(SVG, 1, SANDBOX_GATEWAY);
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { ...SAVED_API, [STORE_KEYS.apiKey]: KEY },
    });
    const task = { ...makeTask('rx', { createdAt: Date.now() }), apiBase: 'https://attacker.test/api/v1' };
    host.send({ type: 'track-task', requestId: 'rq', task: task as PendingTask });
    await host.waitFor('inserted');
    expect(gateway.calls.some((c) => c.url.includes('attacker.test'))).toBe(false);
    expect(gateway.calls.filter((c) => c.url.startsWith(`${API_BASE}/tasks/rx`)).length).toBeGreaterThan(0);
  });

  it('resumes tasks left pending when the plugin closed, inserting each exactly once', async () => {
    const gateway = inMemoryGateway(SVG, 0, SANDBOX_GATEWAY);
    const a = makeTask('ra', { createdAt: Date.now() });
    const b = makeTask('rb', { createdAt: Date.now() });
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { ...SAVED_API, [STORE_KEYS.apiKey]: KEY, [pendingKey('ra')]: a, [pendingKey('rb')]: b },
    });
    await until(() => host.ofType('inserted').length === 2);
    expect(new Set(host.ofType('inserted').map((m) => m.taskId))).toEqual(new Set(['ra', 'rb']));
    const init = await initOf(host);
    expect(init.pending).toEqual([]);
    // A UI that connects later learns what the sandbox did.
    const views = host.messages
      .slice(host.messages.indexOf(init) + 1)
      .filter((m) => m.type === 'task-update');
    expect(views.map((m) => m.type === 'task-update' && m.view.phase)).toEqual(['done', 'done']);
    expect(host.ofType('inserted')).toHaveLength(2);
    expect([...host.nodes.values()].filter((n) => n.kind === 'vector')).toHaveLength(2);
  });

  it('keeps a task refused for its key and follows it again once a key is saved', async () => {
    const gateway = inMemoryGateway(SVG, 0, SANDBOX_GATEWAY);
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { ...SAVED_API, [STORE_KEYS.apiKey]: 'aio_revoked' },
    });
    host.send({ type: 'track-task', requestId: 'rq', task: makeTask('rk', { createdAt: Date.now() }) });
    await until(() => host.ofType('task-update').some((m) => m.view.error?.code === 'invalid-key'));
    expect(host.stored.has(pendingKey('rk'))).toBe(true);
    expect(host.nodes.size).toBe(0);
    host.send({ type: 'save-key', apiKey: KEY });
    const inserted = await host.waitFor('inserted');
    expect(inserted.taskId).toBe('rk');
    expect(host.stored.has(pendingKey('rk'))).toBe(false);
  });

  it('stops following a cancelled task and forgets it', async () => {
    const gateway = inMemoryGateway(SVG, 1_000_000, SANDBOX_GATEWAY);
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { ...SAVED_API, [STORE_KEYS.apiKey]: KEY },
    });
    host.send({ type: 'track-task', requestId: 'rq', task: makeTask('rc', { createdAt: Date.now() }) });
    await host.waitFor('task-persisted');
    host.send({ type: 'cancel-task', taskId: 'rc' });
    await until(() => host.ofType('task-update').some((m) => m.view.phase === 'cancelled'));
    expect(gateway.polls.get('rc') ?? 0).toBeLessThan(1_000_000);
    expect(host.stored.has(pendingKey('rc'))).toBe(false);
    expect(host.nodes.size).toBe(0);
  });

  it('tells the UI which task the host refused to insert', async () => {
    const gateway = inMemoryGateway(SVG, 0, SANDBOX_GATEWAY);
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { ...SAVED_API, [STORE_KEYS.apiKey]: KEY },
      refuseSvg: true,
    });
    host.send({ type: 'track-task', requestId: 'rq', task: makeTask('rf', { createdAt: Date.now() }) });
    const failed = await host.waitFor('insert-failed');
    expect(failed).toMatchObject({ taskId: 'rf', error: { code: 'insert-failed' } });
    expect(host.nodes.size).toBe(0);
  });
});

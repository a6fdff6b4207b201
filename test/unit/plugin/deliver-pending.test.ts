/**
 * Nothing paid is lost: a pending record goes only once its result is on the
 * canvas, or once History holds a result the canvas refused. When History or
 * the storage fails (a plugin closing mid-insert), the record stays and the
 * next hand-over inserts the result exactly once.
 */
import { describe, expect, it } from 'vitest';
import { STORE_KEYS } from '../../../core/storage/store';
import type { StorageFault } from './fake-storage';
import { API_BASE, KEY, SANDBOX_GATEWAY, SVG, imageResult, makeTask, svgResult } from './fixtures';
import { inMemoryGateway } from '../../support/in-memory-gateway';
import { insert, startOn, until } from './harness';

const pendingKey = (id: string) => STORE_KEYS.pendingPrefix + id;
const PENDING_SAID = /stays pending: it will be inserted the next time you open the plugin\.$/;

/** History cannot write: its index, its cached files, or both. */
const historyWrites: StorageFault = (op, key) => op === 'set' && key!.startsWith('history');
const historyFiles: StorageFault = (op, key) => op === 'set' && key!.startsWith(STORE_KEYS.historyBlobPrefix);
/** A plugin closing: every call throws. */
const everything: StorageFault = () => true;
/** Penpot closing: JSON is gone, so reads and writes throw, but removals through the storage captured at start go through. */
const allButRemovals: StorageFault = (op) => op !== 'delete';

describe('deliver-result: a refused result History cannot keep stays pending', () => {
  it.each([
    ['History write throws', historyWrites],
    ['History can only list it uncached', historyFiles],
    ['the storage throws on everything (plugin closed)', everything],
    ['the storage throws on all but removals (Penpot closed)', allButRemovals],
  ])('%s: the record is kept and the UI is told it lands on the next open', async (_, fault) => {
    const task = makeTask('h1');
    const { host } = await startOn({
      name: 'penpot',
      storage: { [pendingKey('h1')]: task },
      refuseSvg: true,
    });
    host.breakStorage(fault);
    const failed = await insert(host, task, svgResult());
    expect(failed).toMatchObject({ type: 'insert-failed', taskId: 'h1', error: { code: 'insert-pending' } });
    const { message } = (failed as { error: { message: string } }).error;
    expect(message).toMatch(/^refused /);
    expect(message).toMatch(PENDING_SAID);
    expect(host.stored.has(pendingKey('h1'))).toBe(true);
    expect(host.nodes.size).toBe(0);

    // The next open hands the same result over again: it lands once, and only then the record goes.
    host.breakStorage(() => false);
    host.refuseSvg = false;
    expect((await insert(host, task, svgResult())).type).toBe('inserted');
    expect(host.stored.has(pendingKey('h1'))).toBe(false);
    expect([...host.nodes.values()].filter((n) => n.kind === 'vector')).toHaveLength(1);
  });

  it('a host failing because the plugin is closing (its global gone) keeps the record too', async () => {
    const task = makeTask('h2', { model: 'recraft-v4-text-to-image' });
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('h2')]: task } });
    host.insertError = new ReferenceError('penpot is not defined');
    host.breakStorage(allButRemovals);
    const failed = await insert(host, task, imageResult());
    expect(failed).toMatchObject({ type: 'insert-failed', error: { code: 'insert-pending' } });
    expect((failed as { error: { message: string } }).error.message).toMatch(PENDING_SAID);
    expect(host.stored.has(pendingKey('h2'))).toBe(true);
  });

  it('a refused result History keeps still leaves the pending list (Insert again has it)', async () => {
    const task = makeTask('h3');
    const { host } = await startOn({
      name: 'penpot',
      storage: { [pendingKey('h3')]: task },
      refuseSvg: true,
    });
    const failed = await insert(host, task, svgResult());
    expect(failed).toMatchObject({ error: { code: 'insert-failed', action: 'check-history' } });
    expect(host.stored.has(pendingKey('h3'))).toBe(false);
  });
});

describe('deliver-result: a placed result whose History write fails', () => {
  it.each([
    ['History write throws', historyWrites],
    ['the storage throws on all but removals (Penpot closed)', allButRemovals],
  ])('%s: the delivery succeeds and the record goes (the node is on the canvas)', async (_, fault) => {
    const task = makeTask('s1');
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('s1')]: task } });
    host.breakStorage(fault);
    const answer = await insert(host, task, svgResult());
    expect(answer.type).toBe('inserted');
    expect(host.nodes.has((answer as { nodeId: string }).nodeId)).toBe(true);
    expect(host.stored.has(pendingKey('s1'))).toBe(false);
    expect(host.ofType('insert-failed')).toEqual([]);
  });
});

describe('the runner path does not remove a record its delivery left pending', () => {
  it('Figma: the sandbox runner keeps the task, says so, and lands it once a resume hands it over again', async () => {
    const gateway = inMemoryGateway(SVG, 0, SANDBOX_GATEWAY);
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { [STORE_KEYS.apiKey]: KEY, [STORE_KEYS.settings]: { apiBase: API_BASE } },
      refuseSvg: true,
    });
    host.breakStorage(historyWrites);
    host.send({ type: 'track-task', requestId: 'rq', task: makeTask('r1', { createdAt: Date.now() }) });
    const failed = await host.waitFor('insert-failed');
    expect(failed.error.code).toBe('insert-pending');
    await until(() => host.ofType('task-update').some((m) => m.view.phase === 'failed'));
    const view = host.ofType('task-update').at(-1)!.view;
    expect(view).toMatchObject({ phase: 'failed', error: { code: 'insert-pending' } });
    expect(view.error!.message).toMatch(PENDING_SAID);
    expect(host.stored.has(pendingKey('r1'))).toBe(true);

    // Resumed (here by saving the key again; on the next open by itself): inserted exactly once.
    host.breakStorage(() => false);
    host.refuseSvg = false;
    host.send({ type: 'save-key', apiKey: KEY });
    expect((await host.waitFor('inserted')).taskId).toBe('r1');
    await until(() => !host.stored.has(pendingKey('r1')));
    expect([...host.nodes.values()].filter((n) => n.kind === 'vector')).toHaveLength(1);
    expect(host.ofType('inserted')).toHaveLength(1);
  });
});

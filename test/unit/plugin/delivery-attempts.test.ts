/**
 * No poison pills: every attempt to clean and insert a result is counted in
 * its pending record before it starts, so one that froze or crashed the page
 * (Figma runs the sandbox on the editor's main thread) still counts. A record
 * whose two attempts ran out is never cleaned or inserted again by itself:
 * its raw file goes to History, marked "could not be inserted". A "dead"
 * plugin is modelled by snapshotting the storage the instant the pipeline
 * starts and opening the next plugin on that snapshot: whatever the dying
 * session did afterwards never happened.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORE_KEYS } from '../../../core/storage/store';
import type { PendingTask } from '../../../core/tasks/types';
import type { FakeHost } from './fake-host';
import type { StorageFault } from './fake-storage';
import { DIRTY_SVG, KEY, SANDBOX_GATEWAY, SAVED_API, makeTask, svgResult } from './fixtures';
import { insert, startOn, until } from './harness';
import { FILES, inMemoryGateway } from '../../support/in-memory-gateway';

const pipeline = vi.hoisted(() => ({ runs: 0, onRun: undefined as (() => void) | undefined }));

// Watches the SVG pipeline's entry point: when it runs, and what storage held at that instant.
vi.mock('../../../core/svg/clean-svg', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../core/svg/clean-svg')>();
  return {
    ...actual,
    cleanSvg: (...args: Parameters<typeof actual.cleanSvg>) => {
      pipeline.runs += 1;
      pipeline.onRun?.();
      return actual.cleanSvg(...args);
    },
  };
});

beforeEach(() => {
  pipeline.runs = 0;
  pipeline.onRun = undefined;
});

const pendingKey = (id: string) => STORE_KEYS.pendingPrefix + id;
const BAD_SVG = '<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>';
const historyFiles: StorageFault = (op, key) => op === 'set' && key!.startsWith(STORE_KEYS.historyBlobPrefix);

/** Everything the host's storage holds, as values: the storage a next open starts from. */
function snapshot(host: FakeHost): Record<string, unknown> {
  return Object.fromEntries([...host.stored].map(([key, text]) => [key, JSON.parse(text) as unknown]));
}

const recordOf = (host: FakeHost, id: string) =>
  host.stored.has(pendingKey(id)) ? (JSON.parse(host.stored.get(pendingKey(id))!) as PendingTask) : undefined;

/** The pipeline "freezes the page": storage as it was at that instant, then nothing more of this session. */
function dieInThePipeline(host: FakeHost): () => Record<string, unknown> {
  let frozen: Record<string, unknown> | undefined;
  pipeline.onRun = () => {
    frozen ??= snapshot(host);
    throw new Error('the page froze');
  };
  return () => {
    if (!frozen) throw new Error('the pipeline never ran');
    return frozen;
  };
}

describe('delivery attempts are counted before each attempt starts', () => {
  it('the record says 1 by the time the pipeline runs, and goes once the result lands', async () => {
    const task = makeTask('a1');
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('a1')]: task } });
    let atRun: number | undefined;
    pipeline.onRun = () => void (atRun = recordOf(host, 'a1')?.deliveryAttempts);
    expect((await insert(host, task, svgResult())).type).toBe('inserted');
    expect(atRun).toBe(1);
    expect(host.stored.has(pendingKey('a1'))).toBe(false);
  });

  it('a task whose record was never saved gets one at its first attempt (a second chance to be saved)', async () => {
    const task = makeTask('a2');
    const { host } = await startOn({ name: 'penpot' });
    let atRun: PendingTask | undefined;
    pipeline.onRun = () => void (atRun = recordOf(host, 'a2'));
    expect((await insert(host, task, svgResult())).type).toBe('inserted');
    expect(atRun).toMatchObject({ taskId: 'a2', deliveryAttempts: 1 });
  });
});

describe('Penpot (the UI hands results over): two attempts that froze the page, then the file is kept', () => {
  it('counts each frozen attempt, and the third open only keeps the raw file', async () => {
    const task = makeTask('p1', { prompt: 'a poison pill' });
    const first = (await startOn({ name: 'penpot', storage: { [pendingKey('p1')]: task } })).host;
    const afterFirst = dieInThePipeline(first);
    void insert(first, task, svgResult(DIRTY_SVG));
    await until(() => pipeline.runs === 1);
    expect(afterFirst()[pendingKey('p1')]).toMatchObject({ deliveryAttempts: 1 });

    const second = (await startOn({ name: 'penpot', storage: afterFirst() })).host;
    const afterSecond = dieInThePipeline(second);
    void insert(second, task, svgResult(DIRTY_SVG));
    await until(() => pipeline.runs === 2);
    expect(afterSecond()[pendingKey('p1')]).toMatchObject({ deliveryAttempts: 2 });

    // The third open: the UI hands the result over once more (it resumes from init.pending).
    pipeline.onRun = undefined;
    const third = (await startOn({ name: 'penpot', storage: afterSecond() })).host;
    const answer = await insert(third, task, svgResult(DIRTY_SVG));
    expect(pipeline.runs).toBe(2);
    expect(third.nodes.size).toBe(0);
    expect(answer).toMatchObject({
      type: 'insert-failed',
      taskId: 'p1',
      error: { code: 'insert-failed', action: 'check-history' },
    });
    const { message } = (answer as { error: { message: string } }).error;
    expect(message).toMatch(/^Could not be inserted\. Inserting it was interrupted 2 times/);
    expect(message).toMatch(/Download file, or Try inserting again/);

    const [entry] = third.ofType('history').at(-1)!.history;
    expect(entry).toMatchObject({ taskId: 'p1', prompt: 'a poison pill', cached: true });
    expect(entry!.notInserted).toMatch(/interrupted 2 times/);
    // Raw: the file as downloaded, never through the pipeline (its script is still there).
    third.send({ type: 'export-history', requestId: 'rq', entryId: entry!.id });
    expect((await third.waitFor('history-file')).file.data).toBe(DIRTY_SVG);
    expect(third.stored.has(pendingKey('p1'))).toBe(false);
  });

  it('a record whose attempts ran out is kept pending when History cannot hold its file, saying so', async () => {
    const task = { ...makeTask('p2'), deliveryAttempts: 2, deliveryFailure: 'Penpot could not read it.' };
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('p2')]: task } });
    host.breakStorage(historyFiles);
    const answer = await insert(host, task, svgResult());
    expect(pipeline.runs).toBe(0);
    expect(answer).toMatchObject({ type: 'insert-failed', error: { code: 'insert-pending' } });
    const { message } = (answer as { error: { message: string } }).error;
    expect(message).toMatch(/^Penpot could not read it\. It could not be kept in History either/);
    expect(message).toMatch(/its file is kept in History \(it is not inserted again by itself\)\.$/);
    expect(recordOf(host, 'p2')).toMatchObject({ deliveryAttempts: 2 });
    expect(host.ofType('history').at(-1)?.history ?? []).toEqual([]);

    // Once History can hold it, the same hand-over keeps it: the record's own reason is the entry's.
    host.breakStorage(() => false);
    const kept = await insert(host, task, svgResult());
    expect(kept).toMatchObject({ error: { action: 'check-history' } });
    expect(host.ofType('history').at(-1)!.history[0]!.notInserted).toBe('Penpot could not read it.');
    expect(host.stored.has(pendingKey('p2'))).toBe(false);
    expect(pipeline.runs).toBe(0);
  });
});

describe('a pipeline rejection ends the task at once, its raw file in History', () => {
  it('History cannot cache it: the record stays with its count and reason; the next open keeps it', async () => {
    const task = makeTask('r1');
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('r1')]: task } });
    host.breakStorage(historyFiles);
    const failed = await insert(host, task, svgResult(BAD_SVG));
    expect(failed).toMatchObject({ error: { code: 'insert-pending' } });
    expect((failed as { error: { message: string } }).error.message).toMatch(/next time you open the plugin/);
    expect(recordOf(host, 'r1')).toMatchObject({
      deliveryAttempts: 1,
      deliveryFailure: expect.stringMatching(/DOCTYPE/),
    });

    host.breakStorage(() => false);
    const next = (await startOn({ name: 'penpot', storage: snapshot(host) })).host;
    const kept = await insert(next, task, svgResult(BAD_SVG));
    expect(kept).toMatchObject({ error: { code: 'invalid-svg', action: 'check-history' } });
    expect(next.ofType('history').at(-1)!.history[0]).toMatchObject({ taskId: 'r1', cached: true });
    expect(next.stored.has(pendingKey('r1'))).toBe(false);
  });

  it('handed over again in the same session, it answers the same and never runs the pipeline again', async () => {
    const task = makeTask('r2');
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('r2')]: task } });
    const first = await insert(host, task, svgResult(BAD_SVG));
    const again = await insert(host, task, svgResult(BAD_SVG));
    expect(again).toEqual(first);
    expect(pipeline.runs).toBe(1);
    expect(host.ofType('history').at(-1)!.history).toHaveLength(1);
    expect(host.stored.has(pendingKey('r2'))).toBe(false);
  });
});

describe('Figma (the sandbox runner): the attempt limit on resume', () => {
  const figmaStorage = (extra: Record<string, unknown>) => ({
    ...SAVED_API,
    [STORE_KEYS.apiKey]: KEY,
    ...extra,
  });

  it('resumes a record with 2 attempts without inserting it: could not be inserted, raw file in History', async () => {
    const gateway = inMemoryGateway(DIRTY_SVG, 0, SANDBOX_GATEWAY);
    const task = { ...makeTask('f1', { createdAt: Date.now() }), deliveryAttempts: 2 };
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: figmaStorage({ [pendingKey('f1')]: task }),
    });
    const failed = await host.waitFor('insert-failed');
    expect(failed.error.message).toMatch(/^Could not be inserted\. Inserting it was interrupted 2 times/);
    await until(() => host.ofType('task-update').some((m) => m.view.phase === 'failed'));
    const phases = host.ofType('task-update').map((m) => m.view.phase);
    expect(phases).not.toContain('inserting');
    expect(host.ofType('task-update').at(-1)!.view.error!.action).toBe('check-history');
    expect(pipeline.runs).toBe(0);
    expect(host.nodes.size).toBe(0);
    const [entry] = host.ofType('history').at(-1)!.history;
    expect(entry).toMatchObject({ taskId: 'f1', cached: true, notInserted: expect.any(String) });
    expect(host.stored.has(pendingKey('f1'))).toBe(false);
  });

  it('a malformed result ends its task once; reopening fetches nothing of it again', async () => {
    const gateway = inMemoryGateway(BAD_SVG, 0, SANDBOX_GATEWAY);
    const { host } = await startOn({ fetch: gateway.fetch, storage: figmaStorage({}) });
    host.send({ type: 'track-task', requestId: 'rq', task: makeTask('f2', { createdAt: Date.now() }) });
    const failed = await host.waitFor('insert-failed');
    expect(failed.error).toMatchObject({ code: 'invalid-svg', action: 'check-history' });
    expect(failed.error.message).toMatch(/^Could not be inserted\. The SVG result was not inserted/);
    await until(() => host.ofType('task-update').some((m) => m.view.phase === 'failed'));
    expect(host.stored.has(pendingKey('f2'))).toBe(false);
    const files = () => gateway.calls.filter((c) => c.url.startsWith(`${FILES}/`)).length;
    expect(files()).toBe(1);

    const reopened = (await startOn({ fetch: gateway.fetch, storage: snapshot(host) })).host;
    expect(reopened.ofType('task-update')).toEqual([]);
    expect(files()).toBe(1);
    expect(pipeline.runs).toBe(1);
  });
});

describe('Try inserting again (History), at no cost and on purpose', () => {
  it('runs the raw file through the pipeline with the task’s options, and drops the mark once it lands', async () => {
    const task = makeTask('t1', { prompt: 'retry me' });
    const { host } = await startOn({
      name: 'penpot',
      storage: { [pendingKey('t1')]: task },
      refuseSvg: true,
    });
    const failed = await insert(host, task, svgResult(DIRTY_SVG));
    expect(failed).toMatchObject({ error: { code: 'insert-failed', action: 'check-history' } });
    const [entry] = host.ofType('history').at(-1)!.history;
    expect(entry).toMatchObject({ notInserted: 'refused', vector: task.request.vector });

    host.refuseSvg = false;
    const from = host.messages.length;
    host.send({ type: 'insert-history', entryId: entry!.id });
    const inserted = await host.waitFor('inserted', from);
    const node = host.nodes.get(inserted.nodeId)!;
    expect(node.svg).toContain('<circle');
    expect(node.svg).not.toMatch(/script|onclick/i);
    await until(() => host.ofType('history').at(-1)!.history[0]!.notInserted === undefined);
    expect(host.ofType('history').at(-1)!.history).toHaveLength(1);
  });

  it('a raw file is never drawn as a thumbnail', async () => {
    const task = makeTask('t2');
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('t2')]: task } });
    await insert(host, task, svgResult(BAD_SVG));
    const [entry] = host.ofType('history').at(-1)!.history;
    host.send({ type: 'request-thumbnails', entryIds: [entry!.id] });
    expect((await host.waitFor('thumbnails')).thumbnails).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import { createPendingStore } from '../../../core/tasks/pending-store';
import { KEEP_WAITING_MS } from '../../../core/tasks/runner';
import { CDN, PNG_BYTES, response, SVG_TEXT } from './fake-gateway';
import { harness, KEY } from './runner-harness';

describe('TaskRunner: the happy path', () => {
  it('saves before the first poll, polls, fetches, delivers, ends done', async () => {
    const h = harness();
    const task = h.task('t1');
    h.gateway.addTask('t1', task.createdAt + 14_000, 'svg');
    const order: string[] = [];
    const save = h.store.saveAsync;
    h.store.saveAsync = async (t) => {
      order.push(`save:${h.gateway.calls.length}`);
      return save(t);
    };
    await h.runner.trackAsync(task);
    expect(order).toEqual(['save:0']);
    expect(await h.store.listAsync()).toEqual([task]);
    await h.untilAsync('t1', 'done', 'failed');
    expect(h.view('t1')).toMatchObject({ phase: 'done', nodeId: 'node-t1', credits: 20 });
    expect(h.phases('t1')).toEqual(['queued', 'running', 'fetching', 'inserting', 'done']);
    expect(h.delivered).toEqual([{ task, result: { kind: 'svg', svg: SVG_TEXT } }]);
    expect(await h.store.listAsync()).toEqual([]);
    // First poll at half the model's 15 s; the finish noticed within the dense window's interval.
    const polls = h.gateway.polls('t1');
    expect(polls[0]!.at - task.createdAt).toBe(7500);
    expect(polls.at(-1)!.at - (task.createdAt + 14_000)).toBeLessThanOrEqual(1500 * 1.15);
    expect(h.view('t1')!.polls).toBe(polls.length);
  });

  it('sends the key to the API only, never to the file host', async () => {
    const h = harness();
    h.gateway.addTask('t2', h.clock.now() + 9000, 'png');
    await h.runner.trackAsync(h.task('t2', 'recraft-v4-text-to-image'));
    await h.untilAsync('t2', 'done', 'failed');
    const files = h.gateway.calls.filter((c) => c.url.startsWith(CDN));
    expect(files).toHaveLength(1);
    expect(files[0]!.authorization).toBeUndefined();
    expect(h.gateway.polls().every((c) => c.authorization === `Bearer ${KEY}`)).toBe(true);
    const result = h.delivered[0]!.result;
    expect(result).toMatchObject({ kind: 'image', mime: 'image/png', width: 64, height: 32 });
    expect(result.kind === 'image' && Buffer.from(result.bytes).equals(Buffer.from(PNG_BYTES))).toBe(true);
  });

  it('inserts inline SVG without any file download', async () => {
    const h = harness();
    h.gateway.addTask('t3', h.clock.now() + 5000, 'inline');
    await h.runner.trackAsync(h.task('t3'));
    await h.untilAsync('t3', 'done', 'failed');
    expect(h.delivered[0]!.result).toEqual({ kind: 'svg', svg: SVG_TEXT });
    expect(h.gateway.calls.some((c) => c.url.startsWith(CDN))).toBe(false);
  });

  it('skips polling when the creation answer carried the result', async () => {
    const h = harness();
    const task = {
      ...h.task('sync-1'),
      immediate: { status: 'succeeded' as const, urls: [`${CDN}/files/s.svg`] },
    };
    await h.runner.trackAsync(task);
    await h.untilAsync('sync-1', 'done', 'failed');
    expect(h.view('sync-1')!.phase).toBe('done');
    expect(h.gateway.polls()).toHaveLength(0);
  });

  it('follows several tasks at once, each delivered once', async () => {
    const h = harness();
    for (let i = 0; i < 5; i++) {
      h.gateway.addTask(`m${i}`, h.clock.now() + 8000 + i * 3000, i % 2 ? 'png' : 'svg');
      await h.runner.trackAsync(
        h.task(`m${i}`, i % 2 ? 'recraft-v4-text-to-image' : 'recraft-v4-text-to-vector'),
      );
    }
    await h.clock.runAsync(() => h.runner.views().every((v) => v.phase === 'done'));
    expect(h.delivered.map((d) => d.task.taskId).sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(await h.store.listAsync()).toEqual([]);
  });
});

describe('TaskRunner: faults while polling', () => {
  it('rides out 5xx, network errors and malformed bodies, backing off', async () => {
    const h = harness();
    h.gateway.addTask('f1', h.clock.now() + 10_000, 'svg');
    h.gateway.inject('/tasks/', () => response(500, 'oops'));
    h.gateway.inject('/tasks/', () => response(502, '<html>bad gateway</html>'));
    h.gateway.inject('/tasks/', () => new TypeError('fetch failed'));
    h.gateway.inject('/tasks/', () => response(200, '{"code":200,"data":{"sta'));
    h.gateway.inject('/tasks/', () => response(503, ''));
    await h.runner.trackAsync(h.task('f1'));
    await h.untilAsync('f1', 'done', 'failed');
    expect(h.view('f1')!.phase).toBe('done');
    const gaps = h.gateway
      .polls()
      .slice(1, 6)
      .map((c, i) => c.at - h.gateway.polls()[i]!.at);
    // Consecutive faults wait longer each time (exponential backoff, half-jittered).
    expect(gaps[3]!).toBeGreaterThanOrEqual(4000);
  });

  it('waits as long as Retry-After says', async () => {
    const h = harness();
    h.gateway.addTask('f2', h.clock.now() + 5000, 'svg');
    h.gateway.inject('/tasks/', () =>
      response(429, '{"error":{"message":"slow down"}}', { 'Retry-After': '17' }),
    );
    await h.runner.trackAsync(h.task('f2'));
    await h.untilAsync('f2', 'done', 'failed');
    const [first, second] = h.gateway.polls();
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(17_000);
  });

  it('keeps polling through an unknown status word', async () => {
    const h = harness();
    h.gateway.addTask('f3', h.clock.now() + 8000, 'svg');
    h.gateway.inject('/tasks/', () => response(200, '{"status":"WARMING_UP"}'), 3);
    await h.runner.trackAsync(h.task('f3'));
    await h.untilAsync('f3', 'done', 'failed');
    expect(h.view('f3')!.phase).toBe('done');
  });

  it('ends a task the gateway no longer knows (404) and forgets it', async () => {
    const h = harness();
    await h.runner.trackAsync(h.task('gone'));
    await h.untilAsync('gone', 'done', 'failed');
    expect(h.view('gone')!.error).toMatchObject({ code: 'task-not-found' });
    expect(await h.store.listAsync()).toEqual([]);
  });

  it('ends a failed generation with the gateway text', async () => {
    const h = harness();
    h.gateway.addTask('bad', h.clock.now() + 6000, { fail: 'Prompt violates the content policy' });
    await h.runner.trackAsync(h.task('bad'));
    await h.untilAsync('bad', 'done', 'failed');
    expect(h.view('bad')!.error).toMatchObject({ code: 'task-failed' });
    expect(h.view('bad')!.error!.message).toContain('Prompt violates the content policy');
    expect(await h.store.listAsync()).toEqual([]);
    expect(h.delivered).toEqual([]);
  });

  it('a refused key ends the run but keeps the record; resume with a good key delivers', async () => {
    const h = harness();
    h.gateway.addTask('k1', h.clock.now() + 6000, 'svg');
    h.setKey('aio_revoked_key_000');
    await h.runner.trackAsync(h.task('k1'));
    await h.untilAsync('k1', 'done', 'failed');
    expect(h.view('k1')!.error).toMatchObject({ code: 'invalid-key', action: 'reenter-key' });
    expect(await h.store.listAsync()).toHaveLength(1);
    h.setKey(KEY);
    await h.runner.resumeAsync();
    await h.untilAsync('k1', 'done');
    expect(h.view('k1')!.phase).toBe('done');
    expect(h.delivered).toHaveLength(1);
  });

  it('ends with no-credits on 402 and forgets the task', async () => {
    const h = harness();
    h.gateway.addTask('c1', h.clock.now() + 6000, 'svg');
    h.gateway.inject('/tasks/', () => response(402, '{"error":{"message":"Insufficient credits"}}'));
    await h.runner.trackAsync(h.task('c1'));
    await h.untilAsync('c1', 'done', 'failed');
    expect(h.view('c1')!.error).toMatchObject({ code: 'no-credits' });
    expect(await h.store.listAsync()).toEqual([]);
  });
});

describe('TaskRunner: results', () => {
  it('says so when the result file has expired', async () => {
    const h = harness();
    h.gateway.addTask('e1', h.clock.now() + 5000, 'svg');
    h.gateway.expired.add(`${CDN}/files/e1.svg`);
    await h.runner.trackAsync(h.task('e1'));
    await h.untilAsync('e1', 'done', 'failed');
    expect(h.view('e1')!.error).toMatchObject({ code: 'result-expired' });
    expect(h.view('e1')!.error!.message).toMatch(/expired/);
    expect(await h.store.listAsync()).toEqual([]);
  });

  it('retries a file download that keeps failing on the network, keeping the record meanwhile', async () => {
    const h = harness();
    h.gateway.addTask('n1', h.clock.now() + 5000, 'svg');
    h.gateway.inject('/files/', () => new TypeError('fetch failed'), 4);
    await h.runner.trackAsync(h.task('n1'));
    await h.untilAsync('n1', 'fetching');
    await h.clock.runAsync(() => h.gateway.calls.filter((c) => c.url.includes('/files/')).length >= 3);
    expect(await h.store.listAsync()).toHaveLength(1);
    await h.untilAsync('n1', 'done', 'failed');
    expect(h.view('n1')!.phase).toBe('done');
    expect(h.delivered).toHaveLength(1);
  });

  it('a refused insertion ends the task with its reason and forgets it', async () => {
    const h = harness();
    h.gateway.addTask('i1', h.clock.now() + 5000, 'svg');
    h.setDeliver(async () => {
      throw new PluginError({ code: 'invalid-svg', action: 'retry', message: 'The SVG could not be read.' });
    });
    await h.runner.trackAsync(h.task('i1'));
    await h.untilAsync('i1', 'done', 'failed');
    expect(h.view('i1')!.error).toMatchObject({ code: 'invalid-svg' });
    expect(await h.store.listAsync()).toEqual([]);
  });

  it('an unexpected insertion error becomes insert-failed', async () => {
    const h = harness();
    h.gateway.addTask('i2', h.clock.now() + 5000, 'svg');
    h.setDeliver(async () => {
      throw new Error('figma exploded');
    });
    await h.runner.trackAsync(h.task('i2'));
    await h.untilAsync('i2', 'done', 'failed');
    expect(h.view('i2')!.error).toMatchObject({ code: 'insert-failed' });
  });

  it('re-reads a success that came without any file a few times before giving up', async () => {
    const h = harness();
    h.gateway.inject('/tasks/', () => response(200, '{"status":"SUCCESS"}'), 5);
    await h.runner.trackAsync(h.task('empty'));
    await h.untilAsync('empty', 'done', 'failed');
    expect(h.view('empty')!.error).toMatchObject({ code: 'result-unreadable' });
    expect(h.gateway.polls()).toHaveLength(3);
  });
});

describe('TaskRunner: deadline, keep waiting, cancel', () => {
  it('stalls at the deadline keeping the record; keep waiting resumes and delivers', async () => {
    const h = harness();
    const task = h.task('slow');
    h.gateway.addTask('slow', task.deadlineAt + 60_000, 'svg');
    await h.runner.trackAsync(task);
    await h.untilAsync('slow', 'stalled');
    expect(h.clock.now()).toBe(task.deadlineAt);
    expect(h.view('slow')!.error).toMatchObject({ code: 'timeout', action: 'keep-waiting' });
    expect(await h.store.listAsync()).toHaveLength(1);
    const pollsAtStall = h.gateway.polls().length;
    await h.clock.advanceAsync(30_000);
    expect(h.gateway.polls()).toHaveLength(pollsAtStall);
    h.runner.keepWaiting('slow');
    const [stored] = await h.store.listAsync();
    expect(stored!.deadlineAt).toBe(h.clock.now() + KEEP_WAITING_MS);
    await h.untilAsync('slow', 'done', 'failed', 'stalled');
    expect(h.view('slow')!.phase).toBe('done');
    expect(h.view('slow')!.polls).toBe(h.gateway.polls().length);
  });

  it('stop on a stalled task forgets it', async () => {
    const h = harness();
    h.gateway.addTask('s2', 0, 'never');
    await h.runner.trackAsync(h.task('s2'));
    await h.untilAsync('s2', 'stalled');
    h.runner.cancel('s2');
    await h.clock.advanceAsync(1000);
    expect(h.view('s2')).toMatchObject({ phase: 'cancelled', error: { code: 'cancelled' } });
    expect(h.view('s2')!.error!.message).toMatch(/may still be charged/);
    expect(await h.store.listAsync()).toEqual([]);
  });

  it('cancel while polling stops the loop and forgets the task', async () => {
    const h = harness();
    h.gateway.addTask('c2', h.clock.now() + 30_000, 'svg');
    await h.runner.trackAsync(h.task('c2'));
    await h.clock.runAsync(() => h.gateway.polls().length >= 2);
    h.runner.cancel('c2');
    await h.runner.idleAsync();
    const polls = h.gateway.polls().length;
    await h.clock.advanceAsync(120_000);
    expect(h.gateway.polls()).toHaveLength(polls);
    expect(h.view('c2')!.phase).toBe('cancelled');
    expect(h.delivered).toEqual([]);
    expect(await h.store.listAsync()).toEqual([]);
  });

  it('cannot cancel once inserted', async () => {
    const h = harness();
    h.gateway.addTask('c3', h.clock.now() + 5000, 'svg');
    await h.runner.trackAsync(h.task('c3'));
    await h.untilAsync('c3', 'done');
    h.runner.cancel('c3');
    expect(h.view('c3')!.phase).toBe('done');
  });
});

describe('TaskRunner: dispose and resume', () => {
  it('dispose ends every loop, leaves the store alone and goes quiet', async () => {
    const h = harness();
    h.gateway.addTask('d1', h.clock.now() + 20_000, 'svg');
    h.gateway.addTask('d2', h.clock.now() + 25_000, 'png');
    await h.runner.trackAsync(h.task('d1'));
    await h.runner.trackAsync(h.task('d2', 'recraft-v4-text-to-image'));
    await h.clock.runAsync(() => h.gateway.polls().length >= 3);
    const before = await h.store.listAsync();
    h.runner.dispose();
    await h.runner.idleAsync();
    const updates = h.updates.length;
    const calls = h.gateway.calls.length;
    await h.clock.advanceAsync(600_000);
    expect(h.gateway.calls).toHaveLength(calls);
    expect(h.updates).toHaveLength(updates);
    expect(await h.store.listAsync()).toEqual(before);
    expect(before).toHaveLength(2);
  });

  it('a new runner over the same store resumes and delivers each task exactly once', async () => {
    const first = harness();
    first.gateway.addTask('r1', first.clock.now() + 20_000, 'svg');
    first.gateway.addTask('r2', first.clock.now() + 200_000, 'png');
    await first.runner.trackAsync(first.task('r1'));
    await first.runner.trackAsync(first.task('r2', 'recraft-v4-text-to-image'));
    await first.clock.runAsync(() => first.gateway.polls().length >= 2);
    first.runner.dispose();
    await first.runner.idleAsync();
    await first.clock.advanceAsync(400_000); // closed for a while: r1 finished meanwhile, r2 is past its deadline
    const second = harness({ kv: first.kv, clock: first.clock, gateway: first.gateway });
    await second.runner.resumeAsync();
    await second.runner.resumeAsync(); // twice: still followed once
    expect(second.runner.views()).toHaveLength(2);
    await second.clock.runAsync(() => second.runner.views().every((v) => v.phase === 'done'));
    expect(second.delivered.map((d) => d.task.taskId).sort()).toEqual(['r1', 'r2']);
    expect(first.delivered).toEqual([]);
    expect(await createPendingStore(first.kv).listAsync()).toEqual([]);
  });

  it('track after dispose does nothing', async () => {
    const h = harness();
    h.runner.dispose();
    await h.runner.trackAsync(h.task('late'));
    expect(h.runner.views()).toEqual([]);
    expect(await h.store.listAsync()).toEqual([]);
  });

  it('a failing save still follows the task and reports the failure', async () => {
    const h = harness();
    h.gateway.addTask('q1', h.clock.now() + 5000, 'svg');
    h.store.saveAsync = async () => {
      throw new Error('quota exceeded');
    };
    await expect(h.runner.trackAsync(h.task('q1'))).rejects.toThrow('quota');
    await h.untilAsync('q1', 'done', 'failed');
    expect(h.view('q1')!.phase).toBe('done');
  });
});

import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import { insertPendingError } from '../../../core/api/task-errors';
import { CDN, response } from './fake-gateway';
import { harness, KEY } from './runner-harness';

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

  it('a refused insertion ends the task with its reason, leaving the record to the insertion path', async () => {
    const h = harness();
    h.gateway.addTask('i1', h.clock.now() + 5000, 'svg');
    // The insertion path settles the record itself (History holds the file); here it keeps it, to show
    // the runner never removes a record after the hand-over.
    h.setDeliver(async () => {
      throw new PluginError({ code: 'invalid-svg', action: 'retry', message: 'The SVG could not be read.' });
    });
    await h.runner.trackAsync(h.task('i1'));
    await h.untilAsync('i1', 'done', 'failed');
    expect(h.view('i1')!.error).toMatchObject({ code: 'invalid-svg' });
    expect((await h.store.listAsync()).map((t) => t.taskId)).toEqual(['i1']);
  });

  it('a result left pending by the insertion path keeps its record and follows again on resume', async () => {
    const h = harness();
    h.gateway.addTask('i2', h.clock.now() + 5000, 'svg');
    const pending = insertPendingError({ code: 'insert-failed', action: 'retry', message: 'Refused.' });
    h.setDeliver(async () => {
      throw new PluginError(pending);
    });
    await h.runner.trackAsync(h.task('i2'));
    await h.untilAsync('i2', 'done', 'failed');
    expect(h.view('i2')!.error).toEqual(pending);
    expect((await h.store.listAsync()).map((t) => t.taskId)).toEqual(['i2']);

    h.setDeliver(async (task) => {
      await h.store.removeAsync(task.taskId);
      return `node-${task.taskId}`;
    });
    await h.runner.resumeAsync();
    await h.untilAsync('i2', 'done');
    expect(h.delivered).toHaveLength(2);
    expect(await h.store.listAsync()).toEqual([]);
  });

  it('an unexplained insertion error (a plugin closing mid-insert) keeps the record, saying so', async () => {
    const h = harness();
    h.gateway.addTask('i3', h.clock.now() + 5000, 'svg');
    h.setDeliver(async () => {
      throw new ReferenceError('penpot is not defined');
    });
    await h.runner.trackAsync(h.task('i3'));
    await h.untilAsync('i3', 'done', 'failed');
    expect(h.view('i3')!.error).toEqual(insertPendingError());
    expect(h.view('i3')!.error!.message).toMatch(/stays pending.*next time you open/);
    expect((await h.store.listAsync()).map((t) => t.taskId)).toEqual(['i3']);
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

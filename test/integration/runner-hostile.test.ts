import { describe, it } from 'vitest';
import { PluginError, type UserError } from '../../core/api/errors';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY, type Fault } from '../../dev/mock/types';
import { requestFor, setupAsync } from './runner-harness';

// A hostile or struggling gateway, over loopback: the real client and TaskRunner against the mock.
async function harness(onTestFinished: (fn: () => Promise<void>) => void, options = {}) {
  const h = await setupAsync(options);
  onTestFinished(() => h.closeAsync());
  return h;
}

type Harness = Awaited<ReturnType<typeof harness>>;

const fileGets = (h: Harness) => h.mock.log().filter((e) => e.path.startsWith('/files/'));

async function errorOf(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PluginError)) throw new Error(`expected a PluginError, got ${String(error)}`);
  return error.error;
}

const passing: [string, Fault][] = [
  [
    '429 with Retry-After',
    { method: 'GET', path: '/files/', kind: { type: 'status', status: 429, retryAfter: 2 } },
  ],
  [
    '429 without Retry-After, twice',
    { method: 'GET', path: '/files/', times: 2, kind: { type: 'status', status: 429 } },
  ],
  ['503 three times', { method: 'GET', path: '/files/', times: 3, kind: { type: 'status', status: 503 } }],
  ['a reset connection', { method: 'GET', path: '/files/', kind: { type: 'reset' } }],
  ['a transfer that breaks off', { method: 'GET', path: '/files/', times: 2, kind: { type: 'truncate' } }],
  [
    'a body cut short',
    { method: 'GET', path: '/files/', times: 2, kind: { type: 'truncate', length: 'short' } },
  ],
];

describe.concurrent('result downloads that meet a passing fault', () => {
  it.for(passing)(
    '%s, then healthy: each task lands exactly once',
    async ([, fault], { expect, onTestFinished }) => {
      const h = await harness(onTestFinished);
      // Vector and raster: the fault meets the first download of each.
      h.mock.addFault(fault);
      const vector = await h.generateAsync('recraft-v4-text-to-vector');
      await h.untilAsync(vector.taskId, ['done', 'failed', 'stalled']);
      h.mock.addFault(fault);
      const raster = await h.generateAsync('recraft-v4-text-to-image');
      await h.untilAsync(raster.taskId, ['done', 'failed', 'stalled']);

      for (const task of [vector, raster]) expect(h.views.get(task.taskId)).toMatchObject({ phase: 'done' });
      expect(h.delivered.map((d) => d.task.taskId)).toEqual([vector.taskId, raster.taskId]);
      expect(h.delivered.map((d) => d.result.kind)).toEqual(['svg', 'image']);
      expect(h.delivered.every((d) => d.wasStored)).toBe(true);
      expect(h.posts()).toHaveLength(2);
      expect(await h.store.listAsync()).toEqual([]);
      // The faulty answers were retried, not given up on: more file requests than files.
      expect(fileGets(h).length).toBeGreaterThan(2);
    },
  );
});

describe.concurrent('result downloads that end', () => {
  it('an expired URL ends at once with its plain reason', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished, { resultTtlMs: 0 });
    const task = await h.generateAsync('recraft-v4-text-to-image');
    const view = await h.untilAsync(task.taskId, ['done', 'failed']);
    expect(view.error).toMatchObject({ code: 'result-expired', action: 'none' });
    expect(view.error!.message).toMatch(/has expired.*generating again is the only way/);
    expect(fileGets(h).map((e) => e.status)).toEqual([404]);
    expect(h.delivered).toEqual([]);
    expect(h.posts()).toHaveLength(1);
    expect(await h.store.listAsync()).toEqual([]);
  });
});

describe.concurrent('server text that echoes the key', () => {
  it("a refused generation's message", async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({
      method: 'POST',
      kind: {
        type: 'status',
        status: 400,
        body: JSON.stringify({ error: { message: `Upstream refused key ${DEMO_KEY} (Bearer ${DEMO_KEY})` } }),
      },
    });
    const error = await errorOf(h.createAsync(requestFor('recraft-v4-text-to-vector')));
    expect(error.message).toBe('The gateway refused the request: Upstream refused key [key] (Bearer [key])');
    expect(JSON.stringify(error)).not.toContain(DEMO_KEY);
  });

  it("a failed task's reason", async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.failNextTask(`Upstream auth failed for ${DEMO_KEY}`);
    const task = await h.generateAsync('recraft-v4-text-to-vector');
    const view = await h.untilAsync(task.taskId, ['done', 'failed']);
    expect(view.error).toMatchObject({ code: 'task-failed' });
    expect(view.error!.message).toBe('The generation failed: Upstream auth failed for [key]');
    expect(JSON.stringify([...h.views.values()])).not.toContain(DEMO_KEY);
  });

  it("a poll's error message", async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({
      method: 'GET',
      path: '/tasks/',
      kind: { type: 'status', status: 422, body: `{"message":"task not yours, key=${DEMO_KEY}"}` },
    });
    const task = await h.generateAsync('recraft-v4-text-to-vector');
    const view = await h.untilAsync(task.taskId, ['done', 'failed']);
    expect(view.error!.message).toContain('key=[key]');
    expect(view.error!.message).not.toContain(DEMO_KEY);
  });
});

describe.concurrent('redirects on API calls', () => {
  async function targetAsync(onTestFinished: (fn: () => Promise<void>) => void) {
    const target = await startMockServer();
    onTestFinished(() => target.close());
    return target;
  }

  it('a cross-origin redirect on the POST: an error, one POST, nothing reaches the target', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const target = await targetAsync(onTestFinished);
    const location = `${target.apiBase}/images/generations`;
    h.mock.addFault({ method: 'POST', kind: { type: 'redirect', location } });
    const error = await errorOf(h.createAsync(requestFor('recraft-v4-text-to-vector')));
    expect(error).toMatchObject({ code: 'bad-request', action: 'none', status: 307 });
    expect(error.message).toContain(
      `The gateway redirected the request to ${target.origin}; it was not followed.`,
    );
    expect(h.posts().map((p) => p.status)).toEqual([307]);
    expect(h.mock.tasks()).toEqual([]);
    expect(h.mock.balance(DEMO_KEY)).toBe(1000);
    expect(target.log()).toEqual([]);
  });

  it.for([301, 302, 303, 308])(
    '%i on the POST: never replayed, to the target or here',
    async (status, { expect, onTestFinished }) => {
      const h = await harness(onTestFinished);
      const target = await targetAsync(onTestFinished);
      h.mock.addFault({
        method: 'POST',
        kind: { type: 'redirect', status: status as 301, location: `${target.origin}/x` },
      });
      expect((await errorOf(h.createAsync(requestFor('recraft-v4-text-to-image')))).code).toBe('bad-request');
      expect(h.posts()).toHaveLength(1);
      expect(target.log()).toEqual([]);
    },
  );

  it('a redirect on a poll is a missed poll: the key stays home, the task lands once', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const target = await targetAsync(onTestFinished);
    h.mock.addFault({
      method: 'GET',
      path: '/tasks/',
      times: 2,
      kind: { type: 'redirect', location: `${target.origin}/steal` },
    });
    const task = await h.generateAsync('recraft-v4-text-to-vector');
    expect((await h.untilAsync(task.taskId, ['done', 'failed', 'stalled'])).phase).toBe('done');
    expect(h.delivered).toHaveLength(1);
    expect(h.mock.log().filter((e) => e.status === 307)).toHaveLength(2);
    expect(target.log()).toEqual([]);
  });
});

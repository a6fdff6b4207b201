import { describe, it } from 'vitest';
import type { Fault } from '../../dev/mock/types';
import { DEMO_KEY } from '../../dev/mock/types';
import { newPendingTask } from '../../core/tasks/new-task';
import { requestFor, setupAsync } from './runner-harness';

// Poll and download faults: the real TaskRunner and client against the mock over loopback HTTP.
async function harness(onTestFinished: (fn: () => Promise<void>) => void) {
  const h = await setupAsync();
  onTestFinished(() => h.closeAsync());
  return h;
}

type Harness = Awaited<ReturnType<typeof harness>>;

/** What must hold whatever happened: one POST per generation, the key only on API requests, nothing lost. */
function checkInvariants(h: Harness, expect: typeof import('vitest').expect, generations = 1) {
  expect(h.posts()).toHaveLength(generations);
  for (const entry of h.mock.log()) expect(entry.authorized).toBe(entry.path.startsWith('/api/v1/'));
  for (const delivery of h.delivered) expect(delivery.wasStored).toBe(true);
}

const recoverable: [string, Fault[]][] = [
  [
    'a 500/502/503 burst',
    [500, 502, 503].map((status) => ({ method: 'GET', path: '/tasks/', kind: { type: 'status', status } })),
  ],
  [
    'three 503 in a row',
    [{ method: 'GET', path: '/tasks/', times: 3, kind: { type: 'status', status: 503 } }],
  ],
  [
    '429 with Retry-After',
    [{ method: 'GET', path: '/tasks/', kind: { type: 'status', status: 429, retryAfter: 2 } }],
  ],
  [
    '429 without Retry-After',
    [{ method: 'GET', path: '/tasks/', times: 2, kind: { type: 'status', status: 429 } }],
  ],
  ['dropped connections', [{ method: 'GET', path: '/tasks/', times: 2, kind: { type: 'drop' } }]],
  ['resets', [{ method: 'GET', path: '/tasks/', times: 2, kind: { type: 'reset' } }]],
  ['malformed JSON', [{ method: 'GET', path: '/tasks/', times: 2, kind: { type: 'malformed' } }]],
  ['slow answers', [{ method: 'GET', path: '/tasks/', times: 3, kind: { type: 'delay', ms: 60 } }]],
  [
    'an answer slower than the poll timeout',
    [{ method: 'GET', path: '/tasks/', kind: { type: 'delay', ms: 900 } }],
  ],
  ['a 500 on the result file', [{ method: 'GET', path: '/files/', kind: { type: 'status', status: 500 } }]],
  ['a dropped result download', [{ method: 'GET', path: '/files/', kind: { type: 'drop' } }]],
];

describe.concurrent('poll faults the runner rides out', () => {
  it.for(recoverable)('%s: recovers and inserts once', async ([, faults], { expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    for (const fault of faults) h.mock.addFault(fault);
    const task = await h.generateAsync('recraft-v4-text-to-vector');
    const view = await h.untilAsync(task.taskId, ['done', 'failed', 'stalled']);
    expect(view.phase).toBe('done');
    expect(h.delivered).toHaveLength(1);
    expect(h.delivered[0]!.result.kind).toBe('svg');
    expect(await h.store.listAsync()).toEqual([]);
    checkInvariants(h, expect);
  });

  it('Retry-After on a poll is honoured', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'GET', path: '/tasks/', kind: { type: 'status', status: 429, retryAfter: 8 } });
    const task = await h.generateAsync('recraft-v4-text-to-image');
    await h.untilAsync(task.taskId, ['done', 'failed']);
    const polls = h.mock.log().filter((e) => e.path.includes('/tasks/'));
    expect(polls[0]!.status).toBe(429);
    // 8 virtual seconds are 160 real ms at this scale.
    expect(polls[1]!.at - polls[0]!.at).toBeGreaterThanOrEqual(150);
  });
});

describe.concurrent('poll outcomes that end a task', () => {
  it('404: the gateway does not know the task; forgotten with a clear reason', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const task = newPendingTask(
      { taskId: 'no_such_task' },
      requestFor('recraft-v4-text-to-vector'),
      h.clock.now(),
    );
    await h.runner.trackAsync(task);
    const view = await h.untilAsync(task.taskId, ['done', 'failed']);
    expect(view.error).toMatchObject({ code: 'task-not-found', action: 'check-history' });
    expect(await h.store.listAsync()).toEqual([]);
  });

  it('401 while polling: ends asking for the key, keeps the record; resumes once the key is back', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    h.setKey('aio_revoked_key_0000');
    const task = await h.generateAsync('recraft-v4-text-to-vector');
    const view = await h.untilAsync(task.taskId, ['done', 'failed']);
    expect(view.error).toMatchObject({ code: 'invalid-key', action: 'reenter-key' });
    expect(view.error!.message).not.toContain('aio_revoked_key_0000');
    expect(await h.store.listAsync()).toHaveLength(1);
    h.setKey(DEMO_KEY);
    await h.runner.resumeAsync();
    expect((await h.untilAsync(task.taskId, ['done', 'failed'])).phase).toBe('done');
    checkInvariants(h, expect);
  });

  it('402 on a poll ends with a top-up action', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'GET', path: '/tasks/', kind: { type: 'status', status: 402 } });
    const task = await h.generateAsync('recraft-v4-text-to-vector');
    expect((await h.untilAsync(task.taskId, ['done', 'failed'])).error).toMatchObject({ code: 'no-credits' });
  });

  it("a failed generation ends with the gateway's reason", async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.failNextTask('Prompt flagged by the safety filter');
    const task = await h.generateAsync('recraft-v4-pro-text-to-image');
    const view = await h.untilAsync(task.taskId, ['done', 'failed']);
    expect(view.error).toMatchObject({ code: 'task-failed' });
    expect(view.error!.message).toContain('Prompt flagged by the safety filter');
    expect(h.delivered).toEqual([]);
    expect(await h.store.listAsync()).toEqual([]);
    checkInvariants(h, expect);
  });

  it('an expired result URL says so', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'GET', path: '/files/', kind: { type: 'status', status: 404 } });
    const task = await h.generateAsync('recraft-v4-text-to-image');
    const view = await h.untilAsync(task.taskId, ['done', 'failed']);
    expect(view.error).toMatchObject({ code: 'result-expired' });
    expect(view.error!.message).toMatch(/expired/);
    checkInvariants(h, expect);
  });

  it('a task still running at its deadline stalls (kept); keep waiting delivers it', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    // At 50× the 3 min deadline is 3.6 real seconds; this task takes 4.
    h.mock.setDuration(4000);
    const task = await h.generateAsync('recraft-v4-text-to-vector');
    const stalled = await h.untilAsync(task.taskId, ['stalled', 'done', 'failed']);
    expect(stalled.error).toMatchObject({ code: 'timeout', action: 'keep-waiting' });
    expect(await h.store.listAsync()).toHaveLength(1);
    h.runner.keepWaiting(task.taskId);
    expect((await h.untilAsync(task.taskId, ['done', 'failed', 'stalled'])).phase).toBe('done');
    checkInvariants(h, expect);
  });

  it('stop while running: forgotten, no further polls', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.setDuration(2000);
    const task = await h.generateAsync('recraft-v4-text-to-vector');
    await h.untilAsync(task.taskId, ['running']);
    h.runner.cancel(task.taskId);
    await h.runner.idleAsync();
    const polls = h.mock.log().length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.mock.log()).toHaveLength(polls);
    expect(h.views.get(task.taskId)!.phase).toBe('cancelled');
    expect(await h.store.listAsync()).toEqual([]);
  });
});

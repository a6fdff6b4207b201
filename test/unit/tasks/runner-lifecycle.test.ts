import { describe, expect, it } from 'vitest';
import { createPendingStore } from '../../../core/tasks/pending-store';
import { TIMEOUTS } from '../../../core/api/timeouts';
import { harness } from './runner-harness';

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
    expect(stored!.deadlineAt).toBe(h.clock.now() + TIMEOUTS.keepWaitingMs);
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

  it('a failing save still follows the task, in memory, its view marked unsaved until it lands', async () => {
    const h = harness();
    h.gateway.addTask('q1', h.clock.now() + 5000, 'svg');
    h.store.saveAsync = async () => {
      throw new Error('quota exceeded');
    };
    await expect(h.runner.trackAsync(h.task('q1'))).resolves.toBe(false);
    expect(h.view('q1')).toMatchObject({ phase: 'queued', unsaved: true });
    await h.untilAsync('q1', 'done', 'failed');
    expect(h.view('q1')).toMatchObject({ phase: 'done', unsaved: true });
  });

  it('a saved task says so, and its view carries no warning', async () => {
    const h = harness();
    h.gateway.addTask('q2', h.clock.now() + 5000, 'svg');
    await expect(h.runner.trackAsync(h.task('q2'))).resolves.toBe(true);
    expect(h.view('q2')!.unsaved).toBeUndefined();
  });
});

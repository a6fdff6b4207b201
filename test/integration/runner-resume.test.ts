import { describe, it } from 'vitest';
import { createPendingStore } from '../../core/tasks/pending-store';
import { setupAsync, withRunner } from './runner-harness';

const realSleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.concurrent('closing and reopening the plugin', () => {
  it('dispose mid-poll, a new runner over the same store delivers each task exactly once', async ({
    expect,
    onTestFinished,
  }) => {
    const first = await setupAsync();
    onTestFinished(() => first.closeAsync());
    const a = await first.generateAsync('recraft-v4-text-to-vector', 'a compass rose icon');
    const b = await first.generateAsync('recraft-v4-pro-text-to-image', 'a mountain lake at dawn');
    await first.untilAsync(a.taskId, ['running']);
    first.runner.dispose();
    await first.runner.idleAsync();
    expect((await first.store.listAsync()).map((t) => t.taskId).sort()).toEqual([a.taskId, b.taskId].sort());
    const pollsBefore = first.mock.log().length;
    await realSleep(200);
    expect(first.mock.log()).toHaveLength(pollsBefore);

    const second = withRunner(first.mock, first.clock, first.kv);
    await second.runner.resumeAsync();
    await second.runner.resumeAsync();
    for (const id of [a.taskId, b.taskId])
      expect((await second.untilAsync(id, ['done', 'failed'])).phase).toBe('done');
    expect(second.delivered.map((d) => d.task.taskId).sort()).toEqual([a.taskId, b.taskId].sort());
    expect(second.delivered.every((d) => d.wasStored)).toBe(true);
    expect(first.delivered).toEqual([]);
    expect(await createPendingStore(first.kv).listAsync()).toEqual([]);
    expect(first.mock.log().filter((e) => e.method === 'POST')).toHaveLength(2);
    second.runner.dispose();
  });

  it('reopened after the result files expired: says so and forgets the task', async ({
    expect,
    onTestFinished,
  }) => {
    const first = await setupAsync();
    onTestFinished(() => first.closeAsync());
    const task = await first.generateAsync('recraft-v4-text-to-image');
    first.runner.dispose();
    await first.runner.idleAsync();
    // The task finishes while the plugin is closed; a day later its file is gone.
    await realSleep(400);
    await fetch(`${first.mock.apiBase}/tasks/${task.taskId}`, {
      headers: { Authorization: 'Bearer aio_demo_playground_key' },
    });
    first.mock.expireResults();
    const second = withRunner(first.mock, first.clock, first.kv);
    await second.runner.resumeAsync();
    const view = await second.untilAsync(task.taskId, ['done', 'failed']);
    expect(view.error).toMatchObject({ code: 'result-expired' });
    expect(await second.store.listAsync()).toEqual([]);
    second.runner.dispose();
  });
});

import { describe, expect, it } from 'vitest';
import type { PendingTask } from '../../../core/tasks/types';
import { API_BASE } from './fake-gateway';
import { harness, KEY } from './runner-harness';

const FOREIGN = 'https://attacker.test/api/v1';

describe('TaskRunner: where polls go', () => {
  it('polls the saved API base even when a task record names another (an older or forged record)', async () => {
    const h = harness();
    const task = { ...h.task('t1'), apiBase: FOREIGN } as PendingTask;
    h.gateway.addTask('t1', task.createdAt + 9000, 'svg');
    await h.runner.trackAsync(task);
    await h.untilAsync('t1', 'done', 'failed');
    expect(h.view('t1')!.phase).toBe('done');
    expect(h.gateway.calls.some((c) => c.url.startsWith('https://attacker.test'))).toBe(false);
    const polls = h.gateway.polls('t1');
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.every((c) => c.url.startsWith(`${API_BASE}/tasks/`))).toBe(true);
    expect(polls.every((c) => c.authorization === `Bearer ${KEY}`)).toBe(true);
  });

  it('reads the API base at each poll, so a base saved mid-task is the one polled next', async () => {
    const h = harness();
    const other = 'https://other.test/api/v1';
    h.gateway.addTask('t2', h.clock.now() + 60_000, 'svg');
    await h.runner.trackAsync(h.task('t2'));
    await h.clock.runAsync(() => h.gateway.polls('t2').length > 0);
    h.setApiBase(other);
    // The fake gateway knows no such base: its 404 ends the task, after one poll there.
    await h.untilAsync('t2', 'failed');
    const afterChange = h.gateway.calls.filter((c) => !c.url.startsWith(`${API_BASE}/`));
    expect(afterChange.map((c) => c.url)).toEqual([`${other}/tasks/t2`]);
  });
});

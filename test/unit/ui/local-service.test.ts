import { describe, expect, it } from 'vitest';
import type { PendingTask } from '../../../core/tasks/types';
import { flushAsync } from './fakes';
import { API, setup, SVG, task } from './local-fixtures';

describe('local task service (Penpot)', () => {
  it('persists through the sandbox, polls with the key, downloads and hands the SVG over', async () => {
    const s = setup({ runningPolls: 2 });
    await s.service.track(task('t1'));
    expect(s.stored.has('t1')).toBe(true);
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'done');
    const inserted = s.transport.sentOf('insert-result');
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.result).toEqual({ kind: 'svg', svg: SVG });
    expect(s.views()[0]).toMatchObject({ taskId: 't1', phase: 'done', nodeId: 'node-t1' });
    expect(s.stored.has('t1')).toBe(false);
    // The key went to the API origin only, never to the file host.
    const withAuth = s.api.calls.filter((r) => r.authorization);
    expect(withAuth.length).toBeGreaterThanOrEqual(3);
    expect(
      withAuth.every((r) => r.url.startsWith(API) && r.init!.headers!.Authorization === 'Bearer aio_first'),
    ).toBe(true);
    expect(s.api.calls.some((r) => r.url.startsWith('https://files.test/') && !r.authorization)).toBe(true);
  });

  it('polls the API base the UI saved, never one a task names (an older or forged record)', async () => {
    const foreign = { ...task('t1'), apiBase: 'https://attacker.test/api/v1' } as PendingTask;
    const s = setup({ pending: [foreign] });
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'done');
    expect(s.api.calls.some((r) => r.url.includes('attacker.test'))).toBe(false);
    const withAuth = s.api.calls.filter((r) => r.authorization);
    expect(withAuth.length).toBeGreaterThan(0);
    expect(withAuth.every((r) => r.url.startsWith(`${API}/tasks/t1`))).toBe(true);
  });

  it('polls a newly saved API base from the next poll on', async () => {
    const s = setup({ runningPolls: 1000 });
    await s.service.track(task('t1'));
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'running');
    s.setApiBase('http://127.0.0.1:7/api/v1');
    // That base answers nothing the fake gateway knows: the 404 ends the task after one poll there.
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'failed');
    const moved = s.api.calls.filter((r) => !r.url.startsWith(API));
    expect(moved.map((r) => r.url)).toEqual(['http://127.0.0.1:7/api/v1/tasks/t1']);
  });

  it('resumes the tasks the sandbox still holds at start', async () => {
    const s = setup({ pending: [task('a', 90_000), task('b', 95_000)] });
    await s.clock.runUntilAsync(() => s.phaseOf('a') === 'done' && s.phaseOf('b') === 'done');
    expect(
      s.transport
        .sentOf('insert-result')
        .map((m) => m.task.taskId)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(s.transport.sentOf('track-task')).toEqual([]);
    expect(s.stored.size).toBe(0);
  });

  it('shows the sandbox’s refusal to insert as a failed task', async () => {
    const s = setup({ refuse: true });
    await s.service.track(task('t1'));
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'failed');
    expect(s.views()[0]!.error).toMatchObject({
      code: 'insert-failed',
      message: 'Penpot could not read the drawing.',
    });
  });

  it('Stop forgets the task in the sandbox and polls no more', async () => {
    const s = setup({ runningPolls: 1000 });
    await s.service.track(task('t1'));
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'running');
    s.service.cancel('t1');
    await flushAsync();
    expect(s.phaseOf('t1')).toBe('cancelled');
    expect(s.transport.sentOf('cancel-task')).toEqual([{ type: 'cancel-task', taskId: 't1' }]);
    expect(s.stored.has('t1')).toBe(false);
    const polls = s.api.calls.length;
    await s.clock.runUntilAsync(() => false, 20).catch(() => undefined);
    expect(s.api.calls.length).toBe(polls);
    // A later resume (new key saved) must not bring a stopped task back.
    s.service.resume();
    await s.clock.runUntilAsync(() => false, 20).catch(() => undefined);
    expect(s.api.calls.length).toBe(polls);
    s.service.dismiss('t1');
    expect(s.views()).toEqual([]);
  });

  it('a refused key keeps the task; resume after a new key finishes it', async () => {
    const s = setup({ status: 401 });
    await s.service.track(task('t1'));
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'failed');
    expect(s.views()[0]!.error!.code).toBe('invalid-key');
    expect(s.stored.has('t1')).toBe(true);
    expect(s.transport.sentOf('cancel-task')).toEqual([]);
    const refused = s.api.calls.length;

    s.api.state.status = 200;
    s.setKey('aio_second');
    s.service.resume();
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'done');
    expect(s.stored.has('t1')).toBe(false);
    const later = s.api.calls.slice(refused).filter((r) => r.url.startsWith(API));
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r) => r.authorization === 'Bearer aio_second')).toBe(true);
  });
});

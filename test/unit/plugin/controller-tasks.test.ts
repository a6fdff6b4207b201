import { describe, expect, it } from 'vitest';
import { STORE_KEYS } from '../../../core/storage/store';
import { makeTask, svgResult } from './fixtures';
import { initOf, startOn } from './harness';

const pendingKey = (id: string) => STORE_KEYS.pendingPrefix + id;

describe('startPlugin without a sandbox fetch (Penpot: the UI runs the tasks)', () => {
  it("persists a tracked task and answers 'task-persisted'; the next init lists it", async () => {
    const { host } = await startOn({ name: 'penpot' });
    const task = makeTask('t1');
    host.send({ type: 'track-task', requestId: 'rq', task });
    expect(await host.waitFor('task-persisted')).toEqual({
      type: 'task-persisted',
      requestId: 'rq',
      taskId: 't1',
    });
    expect(JSON.parse(host.stored.get(pendingKey('t1'))!)).toEqual(task);
    expect((await initOf(host)).pending).toEqual([task]);
    // Nothing polls in the sandbox here: no task updates.
    expect(host.ofType('task-update')).toEqual([]);
  });

  it('inserts what the UI hands over and forgets the task', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const task = makeTask('t2');
    host.send({ type: 'track-task', requestId: 'rq', task });
    await host.waitFor('task-persisted');
    host.send({ type: 'insert-result', requestId: 'rq', task, result: svgResult() });
    const inserted = await host.waitFor('inserted');
    expect(inserted.taskId).toBe('t2');
    expect(host.nodes.has(inserted.nodeId)).toBe(true);
    expect((await initOf(host)).pending).toEqual([]);
  });

  it('forgets a cancelled task', async () => {
    const { host } = await startOn({ name: 'penpot' });
    host.send({ type: 'track-task', requestId: 'rq', task: makeTask('t3') });
    await host.waitFor('task-persisted');
    host.send({ type: 'keep-waiting', taskId: 't3' });
    host.send({ type: 'cancel-task', taskId: 't3' });
    expect((await initOf(host)).pending).toEqual([]);
    expect(host.stored.has(pendingKey('t3'))).toBe(false);
    expect(host.ofType('error')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { TaskView } from '../../../core/tasks/types';
import { createRemoteTaskService } from '../../../ui/tasks/remote';
import { FakeTransport, flushAsync, pendingTask } from './fakes';

function setup(pending = [pendingTask('resumed')]) {
  const transport = new FakeTransport();
  let now = 50_000;
  const service = createRemoteTaskService(transport, pending, () => now++);
  let views: TaskView[] = [];
  service.subscribe((v) => (views = v));
  return { transport, service, views: () => views };
}

const update = (view: Partial<TaskView> & { taskId: string }) =>
  ({
    type: 'task-update',
    view: { ...pendingTask(view.taskId), phase: 'running', updatedAt: 0, polls: 1, ...view },
  }) as const;

describe('remote task service (Figma)', () => {
  it('shows the tasks the sandbox resumed until it reports on them', () => {
    const { views } = setup();
    expect(views().map((v) => [v.taskId, v.phase])).toEqual([['resumed', 'queued']]);
  });

  it('track sends track-task and resolves on the task-persisted answering it only', async () => {
    const { transport, service, views } = setup([]);
    let resolved = false;
    const tracking = service.track(pendingTask('t1')).then(() => (resolved = true));
    const [asked] = transport.sentOf('track-task');
    expect(asked!.task.taskId).toBe('t1');
    expect(views().map((v) => [v.taskId, v.phase])).toEqual([['t1', 'queued']]);
    transport.deliver({ type: 'task-persisted', requestId: 'another request', taskId: 't1' });
    await flushAsync();
    expect(resolved).toBe(false);
    transport.deliver({ type: 'task-persisted', requestId: asked!.requestId, taskId: 't1' });
    await tracking;
    expect(resolved).toBe(true);
  });

  it('track rejects when the sandbox never confirms, so Generate is not left waiting', async () => {
    const transport = new FakeTransport();
    const service = createRemoteTaskService(transport, [], () => 0, 5);
    await expect(service.track(pendingTask('t1'))).rejects.toMatchObject({
      // Nothing was refused on the canvas: the accepted task is not followed, and may be charged.
      error: { code: 'untracked', message: expect.stringMatching(/may still be charged/) },
    });
    expect(transport.handlerCount).toBe(1); // only the service's own listener is left
  });

  it('mirrors task-update, inserted and insert-failed', () => {
    const { transport, views } = setup([pendingTask('a'), pendingTask('b', { createdAt: 2_000 })]);
    transport.deliver(update({ taskId: 'a', phase: 'fetching', polls: 3 }));
    expect(views()[0]).toMatchObject({ taskId: 'a', phase: 'fetching', polls: 3 });
    transport.deliver({ type: 'inserted', taskId: 'a', nodeId: '9:9' });
    transport.deliver({
      type: 'insert-failed',
      taskId: 'b',
      error: { code: 'invalid-svg', message: 'Unreadable drawing.', action: 'retry' },
    });
    expect(views().map((v) => [v.taskId, v.phase, v.nodeId ?? v.error?.code])).toEqual([
      ['a', 'done', '9:9'],
      ['b', 'failed', 'invalid-svg'],
    ]);
  });

  it('Stop sends cancel-task and a late report does not revive the task', () => {
    const { transport, service, views } = setup();
    service.cancel('resumed');
    expect(transport.sentOf('cancel-task')).toEqual([{ type: 'cancel-task', taskId: 'resumed' }]);
    expect(views()[0]!.phase).toBe('cancelled');
    transport.deliver(update({ taskId: 'resumed', phase: 'running' }));
    expect(views()[0]!.phase).toBe('cancelled');
  });

  it('Keep waiting goes to the sandbox; Dismiss removes the task for good', () => {
    const { transport, service, views } = setup();
    service.keepWaiting('resumed');
    expect(transport.sentOf('keep-waiting')).toEqual([{ type: 'keep-waiting', taskId: 'resumed' }]);
    transport.deliver(update({ taskId: 'resumed', phase: 'done' }));
    service.dismiss('resumed');
    expect(views()).toEqual([]);
    transport.deliver(update({ taskId: 'resumed', phase: 'done' }));
    expect(views()).toEqual([]);
  });
});

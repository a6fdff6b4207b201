/**
 * Storage full, UI side: a task whose record the sandbox could not save
 * ('task-not-saved') still runs, and its view carries the warning for as
 * long as closing the plugin would lose it.
 */
import { describe, expect, it } from 'vitest';
import { insertPendingError, notInsertedError, UNSAVED_TASK_WARNING } from '../../../core/api/task-errors';
import type { UiMessage } from '../../../core/protocol/messages';
import type { TaskView } from '../../../core/tasks/types';
import { isAtRiskUnsaved } from '../../../ui/state/task-text';
import { createRemoteTaskService } from '../../../ui/tasks/remote';
import { FakeTransport, pendingTask } from './fakes';
import { setup, task } from './local-fixtures';

const view = (patch: Partial<TaskView>): TaskView => ({
  taskId: 't',
  request: pendingTask('t').request,
  phase: 'running',
  createdAt: 0,
  updatedAt: 0,
  polls: 0,
  unsaved: true,
  ...patch,
});

describe('the unsaved-task warning', () => {
  it('is one sentence, said once', () => {
    expect(UNSAVED_TASK_WARNING).toBe('This task is not saved: keep the plugin open until it lands.');
  });

  it('shows while closing would lose the task, and not once it landed or ended for good', () => {
    const refused = { code: 'insert-failed', action: 'retry', message: 'Refused.' } as const;
    expect(isAtRiskUnsaved(view({ phase: 'queued' }))).toBe(true);
    expect(isAtRiskUnsaved(view({ phase: 'inserting' }))).toBe(true);
    expect(isAtRiskUnsaved(view({ phase: 'failed', error: insertPendingError(refused) }))).toBe(true);
    expect(isAtRiskUnsaved(view({ phase: 'done' }))).toBe(false);
    expect(isAtRiskUnsaved(view({ phase: 'cancelled' }))).toBe(false);
    expect(isAtRiskUnsaved(view({ phase: 'failed', error: notInsertedError(refused) }))).toBe(false);
    expect(isAtRiskUnsaved(view({ phase: 'running', unsaved: undefined }))).toBe(false);
  });
});

describe("'task-not-saved' reaches the task's view", () => {
  it('Figma (remote): track resolves, the view is marked unsaved', async () => {
    const transport = new FakeTransport();
    const service = createRemoteTaskService(transport, [], () => 1);
    let views: TaskView[] = [];
    service.subscribe((v) => (views = v));
    transport.sandbox = (m: UiMessage) => {
      if (m.type === 'track-task') {
        queueMicrotask(() =>
          transport.deliver({ type: 'task-not-saved', requestId: m.requestId, taskId: m.task.taskId }),
        );
      }
    };
    await service.track(pendingTask('t1'));
    expect(views).toMatchObject([{ taskId: 't1', phase: 'queued', unsaved: true }]);
  });

  it('Penpot (local): the UI runner follows it in memory, marked unsaved, and it still lands', async () => {
    const s = setup();
    const scripted = s.transport.sandbox;
    s.transport.sandbox = (message: UiMessage) => {
      if (message.type !== 'track-task') return scripted(message);
      queueMicrotask(() =>
        s.transport.deliver({
          type: 'task-not-saved',
          requestId: message.requestId,
          taskId: message.task.taskId,
        }),
      );
    };
    await s.service.track(task('t1'));
    expect(s.views()[0]).toMatchObject({ taskId: 't1', unsaved: true });
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'done');
    expect(s.transport.sentOf('insert-result')).toHaveLength(1);
    expect(s.views()[0]!.unsaved).toBe(true);
  });
});

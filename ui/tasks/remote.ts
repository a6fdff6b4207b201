import { isFinishedPhase } from '../../core/tasks/finished-phase';
import type { PendingTask, TaskView } from '../../core/tasks/types';
import type { Transport } from '../transport/types';
import { persistTaskAsync } from './persisted';
import type { TaskService } from './types';
import { ViewList } from './view-list';

/** A view for a task nobody has reported on yet (just accepted, or resumed after reopening). */
function queuedView(task: PendingTask, now: number): TaskView {
  return {
    taskId: task.taskId,
    request: task.request,
    phase: 'queued',
    createdAt: task.createdAt,
    updatedAt: now,
    polls: 0,
  };
}

/**
 * Figma: the sandbox persists and follows tasks and reports 'task-update';
 * the UI only mirrors what it hears. `pending` are the tasks the sandbox
 * resumed on opening, shown until their first report arrives.
 */
export function createRemoteTaskService(
  transport: Transport,
  pending: readonly PendingTask[] = [],
  now: () => number = Date.now,
  persistTimeoutMs?: number,
): TaskService {
  const views = new ViewList();
  // Reports can trail a Stop or a Dismiss; they must not bring the task back.
  const dismissed = new Set<string>();
  for (const task of pending) views.put(queuedView(task, now()));

  transport.onMessage((message) => {
    if (message.type === 'task-update') {
      const known = views.get(message.view.taskId);
      if (dismissed.has(message.view.taskId) || known?.phase === 'cancelled') return;
      views.put(message.view);
    } else if (message.type === 'inserted') {
      views.update(message.taskId, (v) => ({
        ...v,
        phase: 'done',
        nodeId: message.nodeId,
        updatedAt: now(),
      }));
    } else if (message.type === 'insert-failed') {
      views.update(message.taskId, (v) => ({
        ...v,
        phase: 'failed',
        error: message.error,
        updatedAt: now(),
      }));
    }
  });

  return {
    async track(task) {
      if (!views.get(task.taskId)) views.put(queuedView(task, now()));
      const saved = await persistTaskAsync(transport, task, persistTimeoutMs);
      // The sandbox follows it in memory; its reports say so too, this covers the time before the first.
      if (!saved) views.update(task.taskId, (v) => ({ ...v, unsaved: true }));
    },
    cancel(taskId) {
      transport.send({ type: 'cancel-task', taskId });
      views.update(taskId, (v) =>
        isFinishedPhase(v.phase) ? v : { ...v, phase: 'cancelled', updatedAt: now() },
      );
    },
    keepWaiting(taskId) {
      transport.send({ type: 'keep-waiting', taskId });
    },
    resume() {
      // The sandbox runs the tasks and resumes them itself when it receives 'save-key'.
    },
    dismiss(taskId) {
      dismissed.add(taskId);
      views.remove(taskId);
    },
    subscribe: (listener) => views.subscribe(listener),
  };
}

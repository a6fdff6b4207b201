import { leftPending } from '../../core/tasks/delivery-attempts';
import type { PendingTask } from '../../core/tasks/types';
import type { PendingTaskStore } from '../../core/tasks/runner-types';
import type { Transport } from '../transport/types';
import { persistTaskAsync } from './persisted';

/**
 * Penpot: pending tasks live in the sandbox's storage (penpot.localStorage),
 * so the UI's runner stores them by message. The sandbox answers a save with
 * 'task-persisted' and sent what it holds in 'init'; a mirror of the records
 * is kept here so a later resume (key re-entered) sees the current list. The
 * sandbox's records are the truth (it counts delivery attempts in them), so
 * the mirror only ever forgets what the sandbox settled.
 */
export function createMessageStore(transport: Transport, pending: readonly PendingTask[]): PendingTaskStore {
  const records = new Map(pending.map((task) => [task.taskId, task]));
  // The insertion path removes the record in the sandbox once the node exists, or once History holds
  // the file of a result that could not be inserted; a result left pending keeps it.
  transport.onMessage((message) => {
    if (message.type === 'inserted') records.delete(message.taskId);
    if (message.type === 'insert-failed' && !leftPending(message.error)) records.delete(message.taskId);
  });
  return {
    async saveAsync(task) {
      // Unsaved (storage full), the runner follows the task all the same and the UI warns.
      if (!(await persistTaskAsync(transport, task))) throw new Error('The sandbox could not save the task.');
      records.set(task.taskId, task);
    },
    getAsync: async (taskId) => records.get(taskId),
    async removeAsync(taskId) {
      records.delete(taskId);
      transport.send({ type: 'cancel-task', taskId });
    },
    async listAsync() {
      return [...records.values()];
    },
  };
}

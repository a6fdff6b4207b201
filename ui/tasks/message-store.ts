import type { PendingTask } from '../../core/tasks/types';
import type { PendingTaskStore } from '../../core/tasks/runner-types';
import type { Transport } from '../transport/types';
import { persistTaskAsync } from './persisted';

/**
 * Penpot: pending tasks live in the sandbox's storage (penpot.localStorage),
 * so the UI's runner stores them by message. The sandbox answers a save with
 * 'task-persisted' and sent what it holds in 'init'; a mirror of the records
 * is kept here so a later resume (key re-entered) sees the current list.
 */
export function createMessageStore(transport: Transport, pending: readonly PendingTask[]): PendingTaskStore {
  const records = new Map(pending.map((task) => [task.taskId, task]));
  // The insertion path removes the record in the sandbox once the node exists.
  transport.onMessage((message) => {
    if (message.type === 'inserted') records.delete(message.taskId);
  });
  return {
    async saveAsync(task) {
      await persistTaskAsync(transport, task);
      records.set(task.taskId, task);
    },
    async removeAsync(taskId) {
      records.delete(taskId);
      transport.send({ type: 'cancel-task', taskId });
    },
    async listAsync() {
      return [...records.values()];
    },
  };
}

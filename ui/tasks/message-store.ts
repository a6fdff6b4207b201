import type { PendingTask } from '../../core/tasks/types';
import type { PendingTaskStore } from '../../core/tasks/runner-types';
import type { Transport } from '../transport/types';
import { waitForMessageAsync } from '../transport/wait-for';

/**
 * Penpot: pending tasks live in the sandbox's storage (penpot.localStorage),
 * so the UI's runner stores them by message. The sandbox answers a save with
 * 'task-persisted'; it already sent the list it holds in 'init'.
 */
export function createMessageStore(transport: Transport, pending: readonly PendingTask[]): PendingTaskStore {
  return {
    async saveAsync(task) {
      const persisted = waitForMessageAsync(transport, (m) =>
        m.type === 'task-persisted' && m.taskId === task.taskId ? true : undefined,
      );
      transport.send({ type: 'track-task', task });
      await persisted;
    },
    async removeAsync(taskId) {
      transport.send({ type: 'cancel-task', taskId });
    },
    async listAsync() {
      return [...pending];
    },
  };
}

/**
 * Pending tasks in the host's key-value storage, one key per task, so saving
 * or removing one never rewrites (or races with) the others.
 */
import { isModelId } from '../models/catalogue';
import { STORE_KEYS, type KeyValueStore } from '../storage/store';
import type { PendingTaskStore } from './runner-types';
import type { PendingTask } from './types';

export function createPendingStore(store: KeyValueStore): PendingTaskStore {
  const keyOf = (taskId: string) => STORE_KEYS.pendingPrefix + taskId;
  return {
    saveAsync: (task) => store.setAsync(keyOf(task.taskId), task),
    removeAsync: (taskId) => store.deleteAsync(keyOf(taskId)),
    listAsync: async () => {
      const keys = (await store.keysAsync()).filter((key) => key.startsWith(STORE_KEYS.pendingPrefix));
      const values = await Promise.all(keys.map((key) => store.getAsync<unknown>(key)));
      // A record from an older version or a damaged store is skipped, never a crash on open.
      return values.filter(isPendingTask).sort((a, b) => a.createdAt - b.createdAt);
    },
  };
}

export function isPendingTask(value: unknown): value is PendingTask {
  const task = value as PendingTask | null;
  return (
    typeof task === 'object' &&
    task !== null &&
    typeof task.taskId === 'string' &&
    task.taskId !== '' &&
    typeof task.apiBase === 'string' &&
    typeof task.createdAt === 'number' &&
    typeof task.deadlineAt === 'number' &&
    typeof task.request === 'object' &&
    task.request !== null &&
    isModelId(task.request.model) &&
    typeof task.request.prompt === 'string' &&
    typeof task.request.shape === 'string'
  );
}

/**
 * Pending tasks in the host's key-value storage, one key per task, so saving
 * or removing one never rewrites (or races with) the others. The sandbox
 * hands it a store whose writes make room first (core/storage/make-room.ts).
 */
import { isModelId } from '../models/catalogue';
import { STORE_KEYS, type KeyValueStore } from '../storage/store';
import type { PendingTaskStore } from './runner-types';
import { isToolJob } from './tool-task';
import type { PendingTask } from './types';

export function createPendingStore(store: KeyValueStore): PendingTaskStore {
  const keyOf = (taskId: string) => STORE_KEYS.pendingPrefix + taskId;
  return {
    saveAsync: (task) => store.setAsync(keyOf(task.taskId), task),
    removeAsync: (taskId) => store.deleteAsync(keyOf(taskId)),
    getAsync: async (taskId) => {
      const value = readPendingTask(await store.getAsync<unknown>(keyOf(taskId)));
      return isPendingTask(value) ? withoutApiBase(value) : undefined;
    },
    listAsync: async () => {
      const keys = (await store.keysAsync()).filter((key) => key.startsWith(STORE_KEYS.pendingPrefix));
      const values = await Promise.all(keys.map((key) => store.getAsync<unknown>(key)));
      // A damaged record is skipped, never a crash on open; an older version's is read as today's.
      return values
        .map(readPendingTask)
        .filter(isPendingTask)
        .map(withoutApiBase)
        .sort((a, b) => a.createdAt - b.createdAt);
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
    typeof task.createdAt === 'number' &&
    typeof task.deadlineAt === 'number' &&
    typeof task.request === 'object' &&
    task.request !== null &&
    isModelId(task.request.model) &&
    typeof task.request.prompt === 'string' &&
    typeof task.request.size === 'string' &&
    (task.tool === undefined || isToolJob(task.tool)) &&
    (task.resultUrl === undefined || typeof task.resultUrl === 'string') &&
    (task.madeAt === undefined || Number.isFinite(task.madeAt))
  );
}

/**
 * A record as stored, read as today's: older versions named the requested
 * size (or aspect ratio) `shape`. Anything else is returned as it is, for
 * isPendingTask to judge; records are written with `size` only.
 */
function readPendingTask(value: unknown): unknown {
  const task = value as { request?: unknown } | null;
  if (
    typeof task !== 'object' ||
    task === null ||
    typeof task.request !== 'object' ||
    task.request === null
  ) {
    return value;
  }
  const request = task.request as Record<string, unknown>;
  if (typeof request.shape !== 'string' || request.size !== undefined) return value;
  const { shape, ...rest } = request;
  return { ...task, request: { ...rest, size: shape } };
}

/**
 * Records saved before tasks stopped naming their API base still carry an
 * `apiBase`: it is dropped, so nothing downstream (the runner, the UI it is
 * sent to) can ever read it. Polls use the saved settings instead.
 */
function withoutApiBase(task: PendingTask): PendingTask {
  if (!Object.prototype.hasOwnProperty.call(task, 'apiBase')) return task;
  const { apiBase: _ignored, ...rest } = task as PendingTask & { apiBase?: unknown };
  return rest;
}

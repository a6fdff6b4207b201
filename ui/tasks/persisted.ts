import { pluginError } from '../../core/api/errors';
import type { PendingTask } from '../../core/tasks/types';
import type { Transport } from '../transport/types';
import { untracked } from '../../core/errors/task';

/**
 * Asks the sandbox to save (and, on Figma, follow) a task the gateway
 * accepted: true once persisted, false when its storage could not take it
 * ('task-not-saved'). Rejects when the sandbox does not answer in time, or
 * fails: the task may run nowhere, so the designer hears it may be charged.
 */
export async function persistTaskAsync(
  transport: Transport,
  task: PendingTask,
  timeoutMs?: number,
): Promise<boolean> {
  try {
    return (await transport.requestAsync('track-task', { task }, { timeoutMs })).type === 'task-persisted';
  } catch {
    // Not a refused insertion: nothing reached the canvas, and the task may be followed nowhere.
    throw pluginError(untracked);
  }
}

import { PluginError } from '../../core/api/errors';
import type { PendingTask } from '../../core/tasks/types';
import type { Transport } from '../transport/types';
import { waitForMessageAsync } from '../transport/wait-for';

/** Long enough for any storage write; short enough that a silent sandbox does not freeze Generate. */
export const PERSIST_TIMEOUT_MS = 20_000;

/**
 * Sends 'track-task' and resolves with the sandbox's answer for that task:
 * true once persisted, false when its storage could not take it ('task-not-saved').
 * Rejects when the sandbox does not answer at all.
 */
export function persistTaskAsync(
  transport: Transport,
  task: PendingTask,
  timeoutMs = PERSIST_TIMEOUT_MS,
): Promise<boolean> {
  const persisted = waitForMessageAsync(
    transport,
    (m) => {
      if (m.type === 'task-persisted' && m.taskId === task.taskId) return true;
      if (m.type === 'task-not-saved' && m.taskId === task.taskId) return false;
      return undefined;
    },
    {
      ms: timeoutMs,
      error: () =>
        new PluginError({
          code: 'insert-failed',
          action: 'check-history',
          message:
            'The image was requested but the plugin could not save it to follow it up. It may still be charged: check your gateway dashboard.',
        }),
    },
  );
  transport.send({ type: 'track-task', task });
  return persisted;
}

import { PluginError } from '../../core/api/errors';
import type { PendingTask } from '../../core/tasks/types';
import type { Transport } from '../transport/types';
import { waitForMessageAsync } from '../transport/wait-for';

/** Long enough for any storage write; short enough that a silent sandbox does not freeze Generate. */
export const PERSIST_TIMEOUT_MS = 20_000;

/** Sends 'track-task' and resolves on the sandbox's 'task-persisted' for that task. */
export function persistTaskAsync(
  transport: Transport,
  task: PendingTask,
  timeoutMs = PERSIST_TIMEOUT_MS,
): Promise<void> {
  const persisted = waitForMessageAsync(
    transport,
    (m) => (m.type === 'task-persisted' && m.taskId === task.taskId ? true : undefined),
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
  return persisted.then(() => undefined);
}

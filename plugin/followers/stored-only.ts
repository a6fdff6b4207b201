/**
 * Penpot: the sandbox's fetch cannot authorise nor read bytes, so the task
 * runner lives in the UI; here tasks are only persisted (and forgotten on
 * Stop). Results arrive as 'insert-result' messages.
 */
import type { PluginContext } from '../plugin-context';
import type { TaskFollower } from './task-follower';

export function storedOnlyFollower(ctx: PluginContext): TaskFollower {
  return {
    trackAsync: (task) =>
      ctx.pending.saveAsync(task).then(
        () => true,
        () => false,
      ),
    cancelAsync: (taskId) => ctx.pending.removeAsync(taskId),
    // The UI's runner owns deadlines and resumes from init.pending.
    keepWaiting: () => undefined,
    resumeAsync: async () => undefined,
    views: () => [],
  };
}

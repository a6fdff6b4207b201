/**
 * Who follows accepted tasks to the canvas. Where the host gives the sandbox
 * a fetch that can authorise and read bytes (Figma), the core TaskRunner runs
 * here and delivers through the one insertion path. Where it does not
 * (Penpot), the same runner runs in the UI: the sandbox only persists tasks
 * and inserts what the UI hands over. The choice is whether host.fetch
 * exists, nothing else.
 */
import { realClock, type FetchLike } from '../core/api/http';
import { TaskRunner } from '../core/tasks/runner';
import type { PendingTask, ResultPayload, TaskView } from '../core/tasks/types';
import { deliverResultAsync } from './deliver-result';
import type { PluginContext } from './plugin-context';
import { toUserError } from './user-error';

export interface TaskFollower {
  /** Persists the task (resolves once stored) and, in the sandbox runner, starts following it. */
  trackAsync(task: PendingTask): Promise<void>;
  cancelAsync(taskId: string): Promise<void>;
  keepWaiting(taskId: string): void;
  /** Follows what the store still holds (plugin reopened). */
  resumeAsync(): Promise<void>;
  /** Tasks followed here, for a UI that (re)connects. */
  views(): TaskView[];
}

export function createTaskFollower(ctx: PluginContext): TaskFollower {
  return ctx.host.fetch ? runnerFollower(ctx, ctx.host.fetch) : storeFollower(ctx);
}

/**
 * Delivers and, when the host refuses, tells the UI which task failed and
 * why; the rejection is passed on so the runner records the failure too.
 */
export async function deliverOrReportAsync(
  ctx: PluginContext,
  task: PendingTask,
  result: ResultPayload,
): Promise<string> {
  try {
    return await deliverResultAsync(ctx, task, result);
  } catch (error) {
    const userError = toUserError(error, 'Could not place the result on the canvas');
    ctx.host.postToUi({ type: 'insert-failed', taskId: task.taskId, error: userError });
    throw error;
  }
}

function runnerFollower(ctx: PluginContext, fetch: FetchLike): TaskFollower {
  const { host } = ctx;
  const runner = new TaskRunner({
    fetch,
    clock: realClock((fn, ms) => host.setTimer(fn, ms)),
    store: ctx.pending,
    getApiKey: () => ctx.apiKey.get(),
    deliver: (task, result) => deliverOrReportAsync(ctx, task, result),
    onUpdate: (view) => host.postToUi({ type: 'task-update', view }),
  });
  return {
    trackAsync: (task) => runner.trackAsync(task),
    cancelAsync: async (taskId) => runner.cancel(taskId),
    keepWaiting: (taskId) => runner.keepWaiting(taskId),
    resumeAsync: () => runner.resumeAsync(),
    views: () => runner.views(),
  };
}

function storeFollower(ctx: PluginContext): TaskFollower {
  return {
    trackAsync: (task) => ctx.pending.saveAsync(task),
    cancelAsync: (taskId) => ctx.pending.removeAsync(taskId),
    // The UI's runner owns deadlines and resumes from init.pending.
    keepWaiting: () => undefined,
    resumeAsync: async () => undefined,
    views: () => [],
  };
}

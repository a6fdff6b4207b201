/** Figma: the core TaskRunner runs in the sandbox and delivers through the one insertion path. */
import { realClock } from '../../core/api/http';
import { TaskRunner } from '../../core/tasks/runner';
import type { PluginContext } from '../plugin-context';
import { savedSettingsAsync } from '../read-settings';
import { deliverOrReportAsync, type TaskFollower } from './task-follower';

export function sandboxRunnerFollower(ctx: PluginContext): TaskFollower {
  const { host } = ctx;
  if (!host.fetch) throw new Error(`${host.name}'s sandbox has no fetch that can follow tasks`);
  const runner = new TaskRunner({
    fetch: host.fetch,
    clock: realClock((fn, ms) => host.setTimer(fn, ms)),
    store: ctx.pending,
    getApiKey: () => ctx.apiKey.get(),
    // Read at each poll: the key goes only to the API base saved through the UI's Advanced form.
    getApiBase: async () => (await savedSettingsAsync(host.storage)).apiBase,
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

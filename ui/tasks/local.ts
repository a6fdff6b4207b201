import type { Clock, FetchLike } from '../../core/api/http';
import type { TaskRunnerApi, TaskRunnerOptions } from '../../core/tasks/runner-types';
import { TaskRunner } from '../../core/tasks/runner';
import { isFinishedPhase } from '../../core/tasks/finished-phase';
import type { PendingTask } from '../../core/tasks/types';
import type { Transport } from '../transport/types';
import { deliverToSandboxAsync } from './deliver';
import { createMessageStore } from './message-store';
import type { TaskService } from './types';
import { ViewList } from './view-list';

export interface LocalTaskServiceOptions {
  readonly fetch: FetchLike;
  readonly clock: Clock;
  readonly getApiKey: () => string | null;
  /** The API base the UI's settings hold now (a task never carries its own). */
  readonly getApiBase: () => string;
  /** Tasks the sandbox still holds (init.pending): resumed at once. */
  readonly pending: readonly PendingTask[];
  /** Injected for tests; the real runner otherwise. */
  readonly createRunner?: (options: TaskRunnerOptions) => TaskRunnerApi;
  readonly onError?: (error: unknown) => void;
  /** Jitter source, injected for repeatable tests. */
  readonly random?: () => number;
}

/**
 * Penpot: the sandbox's fetch cannot send Authorization nor read bytes, so
 * the core task runner runs here with the iframe's fetch; storage and
 * insertion still happen in the sandbox, by message.
 */
export function createLocalTaskService(transport: Transport, options: LocalTaskServiceOptions): TaskService {
  const views = new ViewList();
  const dismissed = new Set<string>();
  const createRunner = options.createRunner ?? ((o: TaskRunnerOptions) => new TaskRunner(o));
  const runner = createRunner({
    fetch: options.fetch,
    clock: options.clock,
    store: createMessageStore(transport, options.pending),
    getApiKey: options.getApiKey,
    getApiBase: async () => options.getApiBase(),
    random: options.random,
    deliver: (task, result) => deliverToSandboxAsync(transport, task, result),
    onUpdate: (view) => {
      if (!dismissed.has(view.taskId)) views.put(view);
    },
  });
  const resume = () => void runner.resumeAsync().catch((error: unknown) => options.onError?.(error));
  resume();

  return {
    // An unsaved task is followed all the same; its view carries the warning.
    track: async (task) => void (await runner.trackAsync(task)),
    cancel(taskId) {
      runner.cancel(taskId);
      views.update(taskId, (v) =>
        isFinishedPhase(v.phase) ? v : { ...v, phase: 'cancelled', updatedAt: options.clock.now() },
      );
    },
    keepWaiting: (taskId) => runner.keepWaiting(taskId),
    resume,
    dismiss(taskId) {
      dismissed.add(taskId);
      views.remove(taskId);
    },
    subscribe: (listener) => views.subscribe(listener),
  };
}

/**
 * Who follows accepted tasks to the canvas, chosen per host at build time
 * (the entry files). Where the sandbox has a fetch that can authorise and
 * read bytes (Figma), the core TaskRunner runs there (sandbox-runner.ts).
 * Where it does not (Penpot), the same runner runs in the UI and the sandbox
 * only persists tasks and inserts what the UI hands over (stored-only.ts).
 */
import { asUserError } from '../../core/api/errors';
import type { PendingTask, ResultPayload, TaskView } from '../../core/tasks/types';
import { deliverResultAsync } from '../deliver-result';
import type { PluginContext } from '../plugin-context';

export interface TaskFollower {
  /**
   * Persists the task and, in the sandbox runner, starts following it.
   * Resolves once stored, with whether it could be (storage full: false).
   */
  trackAsync(task: PendingTask): Promise<boolean>;
  cancelAsync(taskId: string): Promise<void>;
  keepWaiting(taskId: string): void;
  /** Follows what the store still holds (plugin reopened). */
  resumeAsync(): Promise<void>;
  /** Tasks followed here, for a UI that (re)connects. */
  views(): TaskView[];
}

/**
 * Delivers and tells the UI how it went: 'inserted' with the node, or which
 * task failed and why, answering `requestId` when the UI asked (Penpot's
 * 'insert-result'); the rejection is passed on so the runner records the
 * failure too.
 */
export async function deliverOrReportAsync(
  ctx: PluginContext,
  task: PendingTask,
  result: ResultPayload,
  requestId?: string,
): Promise<string> {
  const answer = requestId === undefined ? {} : { requestId };
  let nodeId: string;
  try {
    nodeId = await deliverResultAsync(ctx, task, result);
  } catch (error) {
    const userError = asUserError(error, 'placing');
    ctx.host.postToUi({ type: 'insert-failed', taskId: task.taskId, error: userError, ...answer });
    throw error;
  }
  try {
    ctx.host.postToUi({ type: 'inserted', taskId: task.taskId, nodeId, ...answer });
  } catch {
    // A plugin closing: the node is on the canvas and its record settled all the same.
  }
  return nodeId;
}

export type CreateFollower = (ctx: PluginContext) => TaskFollower;

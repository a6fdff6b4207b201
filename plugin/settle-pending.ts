/**
 * THE rule for a pending record (a paid task the next open would resume): it
 * is removed only once its result is on the canvas, or once History has
 * confirmed it holds the result (for a result that could not be inserted,
 * its raw file). Anything short of that (History's write failing, storage
 * gone because the plugin is closing mid-insert) leaves the record, and the
 * next open follows the task again: it lands exactly once, or, once its
 * attempts ran out (core/tasks/delivery-attempts.ts), its file is kept.
 *
 * Both functions are total: a plugin closing mid-way (Penpot deletes the
 * sandbox's globals, JSON and Promise included) makes any step throw, and a
 * throw must only ever mean "the record stays".
 */
import type { PendingTask, ResultPayload } from '../core/tasks/types';
import type { PluginContext } from './plugin-context';

/**
 * The node exists: the record goes, whatever History says. It goes first, so
 * a sandbox torn down during History's (slow, large) write cannot leave a
 * record that would insert the node a second time on the next open.
 */
export async function settleLandedAsync(
  ctx: PluginContext,
  task: PendingTask,
  result: ResultPayload,
): Promise<void> {
  await removeRecordAsync(ctx, task);
  await historyHoldsAsync(ctx, task, result);
}

/**
 * The result could not be inserted (the pipeline rejected it, the canvas
 * refused it, or its attempts ran out): History keeps its raw file, marked
 * with `reason`, and only then does the record go. Resolves with whether
 * History holds it.
 */
export async function settleNotInsertedAsync(
  ctx: PluginContext,
  task: PendingTask,
  raw: ResultPayload,
  reason: string,
): Promise<boolean> {
  if (!(await historyHoldsAsync(ctx, task, raw, reason))) return false;
  // Should the removal fail, the record stays: the next open finds its attempts ran out and keeps the
  // file once more (a second History entry), never inserting it by itself.
  await removeRecordAsync(ctx, task);
  return true;
}

/** Only a cached entry holds the result: an uncached one (budget, quota) could not be inserted again. */
async function historyHoldsAsync(
  ctx: PluginContext,
  task: PendingTask,
  result: ResultPayload,
  notInserted?: string,
) {
  try {
    return (await ctx.history.addAsync(task, result, { notInserted })).cached;
  } catch {
    return false;
  }
}

async function removeRecordAsync(ctx: PluginContext, task: PendingTask): Promise<void> {
  try {
    await ctx.pending.removeAsync(task.taskId);
  } catch {
    // Storage is gone: the record stays, and the next open finds it.
  }
}

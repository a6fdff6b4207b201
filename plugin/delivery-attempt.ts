/**
 * Counting attempts to clean and insert a result, in the pending record, the
 * sandbox's own (the UI's copy may be stale): one place for both hosts, since
 * every result reaches the canvas through deliver-result.ts. An attempt is
 * counted before it starts, so one that froze the editor (Figma runs the
 * sandbox on its main thread) or crashed the page still counts; once they ran
 * out (core/tasks/delivery-attempts.ts) the result is never cleaned or
 * inserted again by itself.
 */
import type { UserError } from '../core/api/errors';
import { lastAttemptFailed } from '../core/errors/placing';
import { userError } from '../core/errors/user-error';
import { interruptedAttemptsError } from '../core/api/task-errors';
import { attemptsOf, MAX_DELIVERY_ATTEMPTS } from '../core/tasks/delivery-attempts';
import type { PendingTask } from '../core/tasks/types';
import type { PluginContext } from './plugin-context';

export type Attempt =
  | { readonly givenUp: false; readonly number: number; readonly last: boolean }
  /** Its attempts ran out earlier: `reason` is why (what the last one said, or that they were interrupted). */
  | { readonly givenUp: true; readonly reason: UserError };

/**
 * Counts an attempt in the record before it starts, or says the attempts ran
 * out. A record missing (its save failed when the task was accepted) is
 * written now, which also gives the task a second chance to be saved.
 */
export async function beginAttemptAsync(ctx: PluginContext, task: PendingTask): Promise<Attempt> {
  const record = (await storedAsync(ctx, task.taskId)) ?? task;
  const done = attemptsOf(record);
  if (done >= MAX_DELIVERY_ATTEMPTS) return { givenUp: true, reason: givenUpReason(record, done) };
  try {
    await ctx.pending.saveAsync({ ...record, deliveryAttempts: done + 1 });
  } catch {
    // Storage full even after History gave way, or the plugin closing: the paid result is not held back
    // for it. Uncounted, an attempt that froze would be tried again on the next open.
  }
  return { givenUp: false, number: done + 1, last: done + 1 >= MAX_DELIVERY_ATTEMPTS };
}

/**
 * An attempt failed and left the record pending: the record says why, so
 * the designer reads it once its attempts ran out. Best effort: a plugin
 * closing cannot write, and the count was saved before.
 */
export async function noteFailureAsync(ctx: PluginContext, task: PendingTask, why: string): Promise<void> {
  try {
    const record = await ctx.pending.getAsync(task.taskId);
    if (record) await ctx.pending.saveAsync({ ...record, deliveryFailure: why });
  } catch {
    // The count alone says the attempts ran out.
  }
}

function givenUpReason(record: PendingTask, attempts: number): UserError {
  const why = record.deliveryFailure;
  if (typeof why === 'string' && why !== '') return userError(lastAttemptFailed, why);
  return interruptedAttemptsError(attempts);
}

async function storedAsync(ctx: PluginContext, taskId: string): Promise<PendingTask | undefined> {
  try {
    return await ctx.pending.getAsync(taskId);
  } catch {
    return undefined;
  }
}

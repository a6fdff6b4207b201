/**
 * A paid task's result to the canvas, for both hosts: count the attempt,
 * prepare, place (place-result.ts, the placing function History's Insert
 * again uses too), settle the pending record, then select the node.
 *
 * What happens to the pending record is settle-pending.ts's rule: it goes
 * once the node exists, or once History holds the raw file of a result that
 * could not be inserted; otherwise it stays, and the next open inserts the
 * result. Each attempt is counted in the record before it starts
 * (delivery-attempt.ts), and a result whose attempts ran out is only kept.
 * So a result already inserted is never inserted twice, a paid one is never
 * lost, and one that freezes the pipeline cannot do it on every open.
 */
import { asUserError, PluginError, type UserError } from '../core/api/errors';
import { insertPendingError, notInsertedError } from '../core/api/task-errors';
import { leftPending } from '../core/tasks/delivery-attempts';
import type { PendingTask, ResultPayload } from '../core/tasks/types';
import { beginAttemptAsync, noteFailureAsync } from './delivery-attempt';
import { metaFor } from './generation-meta';
import { nodeName } from './node-name';
import { placeAsync, showPlacedAsync, type Placed } from './place-result';
import type { PluginContext } from './plugin-context';
import { payloadOf, prepareForCanvasAsync, type PreparedResult } from './prepare-result';
import { iconFailedAsync, iconLandedAsync } from './sets/set-landing';
import { settleLandedAsync, settleNotInsertedAsync } from './settle-pending';
import { postHistoryAsync } from './post-history';

/**
 * Puts a task's finished result on the canvas and resolves with the node id.
 * Rejects with a PluginError only: the result's code with action
 * check-history when History keeps its raw file (could not be inserted), or
 * insert-pending when neither placed nor kept (the record stays).
 */
export function deliverResultAsync(
  ctx: PluginContext,
  task: PendingTask,
  result: ResultPayload,
): Promise<string> {
  const existing = ctx.deliveries.get(task.taskId);
  // Handed over again (a UI that missed the answer): the same outcome, nothing inserted twice.
  if (existing) return existing;
  const delivery = deliverRecordedAsync(ctx, task, result).catch((error: unknown) => {
    // Whatever the path did not explain (a plugin closing mid-way breaks anything) left the record alone.
    throw error instanceof PluginError ? error : new PluginError(insertPendingError());
  });
  ctx.deliveries.set(task.taskId, delivery);
  // Only a result left pending may be handed over again (its record is still there); a settled one
  // answers the same from now on, never running the pipeline a second time.
  delivery.catch((error: PluginError) => {
    if (leftPending(error.error)) ctx.deliveries.delete(task.taskId);
  });
  return delivery;
}

/** Counted, then inserted, or only kept once its attempts ran out. */
async function deliverRecordedAsync(ctx: PluginContext, task: PendingTask, raw: ResultPayload) {
  const attempt = await beginAttemptAsync(ctx, task);
  if (attempt.givenUp) throw await notInsertedAsync(ctx, task, raw, attempt.reason, true);
  const name = nodeName(task.request.prompt);
  let landed: Placed;
  let prepared: PreparedResult;
  try {
    prepared = await prepareForCanvasAsync(ctx.images, raw, task.request);
    landed = await placeAsync(ctx, {
      result: prepared,
      name,
      meta: metaFor(task),
      target: task.request.target,
      batch: task.request.batch,
    });
  } catch (error) {
    // The pipeline's and the host's refusals say why; anything else is unexpected, and said so.
    throw await notInsertedAsync(ctx, task, raw, asUserError(error, 'placing'), attempt.last);
  }
  // The node exists: from here nothing may turn the delivery into a failure. History then keeps what was
  // placed (a converted image too), so Insert again needs no second pass.
  await settleLandedAsync(ctx, task, payloadOf(prepared));
  // A set's icon is landed in its record after the pending record went (that rule first: a close in
  // between leaves the item accepted, never the icon inserted twice), then the set may end.
  const { target } = task.request;
  if (target.kind === 'set') await iconLandedAsync(ctx, target, landed.nodeId);
  await showPlacedAsync(ctx, landed, name);
  await refreshHistoryAsync(ctx);
  return landed.nodeId;
}

/**
 * A paid result did not land: History keeps its raw file (the download, not
 * what the pipeline made of it) and the task ends, or else the record stays,
 * noting why; and say which. `givenUp`: no attempt is left after this one.
 */
async function notInsertedAsync(
  ctx: PluginContext,
  task: PendingTask,
  raw: ResultPayload,
  reason: UserError,
  givenUp: boolean,
): Promise<PluginError> {
  if (await settleNotInsertedAsync(ctx, task, raw, reason.message)) {
    await refreshHistoryAsync(ctx);
    const error = notInsertedError(reason);
    // The task ended with its file in History: a set's icon is failed (Retry makes it again), the set goes on.
    const { target } = task.request;
    if (target.kind === 'set') await iconFailedAsync(ctx, target, error);
    return new PluginError(error);
  }
  await noteFailureAsync(ctx, task, reason.message);
  return new PluginError(insertPendingError(reason, givenUp));
}

/** History as the designer sees it, to the UI; the list is refreshed on the next open if this fails. */
function refreshHistoryAsync(ctx: PluginContext): Promise<void> {
  return postHistoryAsync(ctx).catch(() => undefined);
}

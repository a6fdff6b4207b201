/**
 * THE one insertion path, for both hosts and for History's "Try inserting
 * again": count the attempt, clean, place (viewport, inside a frame, or as a
 * shape's fill), settle the pending record, select the node and tell the UI.
 *
 * What happens to the pending record is settle-pending.ts's rule: it goes
 * once the node exists, or once History holds the raw file of a result that
 * could not be inserted; otherwise it stays, and the next open inserts the
 * result. Each attempt is counted in the record before it starts
 * (delivery-attempt.ts), and a result whose attempts ran out is only kept.
 * So a result already inserted is never inserted twice, a paid one is never
 * lost, and one that freezes the pipeline cannot do it on every open.
 */
import { PluginError, type UserError } from '../core/api/errors';
import { insertPendingError, notInsertedError } from '../core/api/task-errors';
import { placedSize } from '../core/images/placed-size';
import { parseSize } from '../core/models/catalogue';
import { leftPending } from '../core/tasks/delivery-attempts';
import type { PendingTask, ResultPayload } from '../core/tasks/types';
import { beginAttemptAsync, noteFailureAsync } from './delivery-attempt';
import { metaFor } from './generation-meta';
import type { Placement } from './hosts/host';
import { nodeName, toastText } from './node-name';
import type { PluginContext } from './plugin-context';
import { prepareResult } from './prepare-result';
import { resolveTargetAsync } from './resolve-target';
import { settleLandedAsync, settleNotInsertedAsync } from './settle-pending';
import { svgSize } from './svg-size';
import { asInsertFailed } from './user-error';

export interface DeliverOptions {
  /** False for History's "Try inserting again": no attempt counted, no new History entry, no record. */
  readonly record: boolean;
}

/**
 * Puts a finished result on the canvas and resolves with the node id.
 * Rejects with a PluginError only: recording, the result's code with action
 * check-history when History keeps its raw file (could not be inserted), or
 * insert-pending when neither placed nor kept (the record stays); not
 * recording, why it was refused.
 */
export function deliverResultAsync(
  ctx: PluginContext,
  task: PendingTask,
  result: ResultPayload,
  options: DeliverOptions = { record: true },
): Promise<string> {
  if (!options.record) return insertAndReportAsync(ctx, task, result, false);
  const existing = ctx.deliveries.get(task.taskId);
  // Handed over again (a UI that missed the answer): answer again, insert nothing.
  if (existing) return existing.then((nodeId) => answerAgain(ctx, task, nodeId));
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

function answerAgain(ctx: PluginContext, task: PendingTask, nodeId: string): string {
  ctx.host.postToUi({ type: 'inserted', taskId: task.taskId, nodeId });
  return nodeId;
}

/** A paid result handed over by a runner: counted, then inserted, or only kept once its attempts ran out. */
async function deliverRecordedAsync(ctx: PluginContext, task: PendingTask, raw: ResultPayload) {
  const attempt = await beginAttemptAsync(ctx, task);
  if (attempt.givenUp) throw await notInsertedAsync(ctx, task, raw, attempt.reason, true);
  return insertAndReportAsync(ctx, task, raw, true, attempt.last);
}

async function insertAndReportAsync(
  ctx: PluginContext,
  task: PendingTask,
  raw: ResultPayload,
  record: boolean,
  lastAttempt = false,
): Promise<string> {
  let nodeId: string;
  let placed: ResultPayload;
  try {
    placed = await readableAsync(ctx, prepareResult(task, raw));
    nodeId = await placeAsync(ctx, task, placed);
  } catch (error) {
    const refused = asInsertFailed(error, 'place the result on the canvas');
    throw record ? await notInsertedAsync(ctx, task, raw, refused.error, lastAttempt) : refused;
  }
  // The node exists: from here nothing may turn the delivery into a failure.
  if (record) await settleLandedAsync(ctx, task, placed);
  await reportInsertedAsync(ctx, task, nodeId, record);
  return nodeId;
}

/** What the host can import; History then keeps the converted image, so Insert again needs no second pass. */
async function readableAsync(ctx: PluginContext, result: ResultPayload): Promise<ResultPayload> {
  if (result.kind !== 'image') return result;
  const image = await ctx.images.readableAsync(result);
  return image === result ? result : { kind: 'image', ...image, mime: image.mime as 'image/png' };
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
    await postHistoryAsync(ctx);
    return new PluginError(notInsertedError(reason));
  }
  await noteFailureAsync(ctx, task, reason.message);
  return new PluginError(insertPendingError(reason, givenUp));
}

/**
 * Courtesies once the node exists: focusing, telling the UI, the toast. A
 * plugin closing meanwhile makes them throw; the node is there all the same,
 * and reporting it as refused would invite inserting it a second time.
 */
async function reportInsertedAsync(
  ctx: PluginContext,
  task: PendingTask,
  nodeId: string,
  record: boolean,
): Promise<void> {
  try {
    await ctx.host.focusAsync(nodeId).catch(() => undefined);
    ctx.host.postToUi({ type: 'inserted', taskId: task.taskId, nodeId });
    ctx.host.notify(toastText(`Inserted “${nodeName(task.request.prompt)}”`));
    if (record) await postHistoryAsync(ctx);
  } catch {
    // The node is on the canvas; there is nothing to undo.
  }
}

async function postHistoryAsync(ctx: PluginContext): Promise<void> {
  try {
    ctx.host.postToUi({ type: 'history', history: await ctx.history.listAsync() });
  } catch {
    // The list is refreshed on the next open.
  }
}

async function placeAsync(ctx: PluginContext, task: PendingTask, result: ResultPayload): Promise<string> {
  const { host, stagger } = ctx;
  const target = await resolveTargetAsync(host, task.request.target, result.kind);
  const meta = metaFor(task);
  const name = nodeName(task.request.prompt);
  try {
    if (target.kind === 'fill' && result.kind === 'image') {
      return await host.fillShapeAsync(target.nodeId, result, meta);
    }
    const width = widthOf(task, result);
    const placement: Placement =
      target.kind === 'inside'
        ? { kind: 'inside', nodeId: target.nodeId, offset: stagger.next(target.nodeId, width) }
        : { kind: 'viewport', offset: stagger.next('viewport', width) };
    // A header claiming a huge size is placed scaled down to fit; the fill still holds the whole image.
    return result.kind === 'svg'
      ? await host.insertSvgAsync(result.svg, name, placement, meta)
      : await host.insertImageAsync(result, placedSize(result.width, result.height), name, placement, meta);
  } catch (error) {
    throw asInsertFailed(error, 'place the result on the canvas');
  }
}

function widthOf(task: PendingTask, result: ResultPayload): number {
  if (result.kind === 'image') return placedSize(result.width, result.height).width;
  return svgSize(result.svg)?.width ?? parseSize(String(task.request.shape))?.width ?? 0;
}

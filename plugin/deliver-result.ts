/**
 * THE one insertion path, for both hosts and for History's "Insert again":
 * clean, place (viewport, inside a frame, or as a shape's fill), record in
 * History, forget the pending task, select the node and tell the UI.
 *
 * The pending record is removed only once the node exists, so a plugin closed
 * mid-way inserts the result on the next open, and a result already inserted
 * is never inserted twice. When the host refuses a result the designer paid
 * for, it goes to History instead, where Insert again can place it later.
 */
import { PluginError } from '../core/api/errors';
import { parseSize } from '../core/models/catalogue';
import type { PendingTask, ResultPayload } from '../core/tasks/types';
import { metaFor } from './generation-meta';
import type { Placement } from './hosts/host';
import { nodeName, toastText } from './node-name';
import type { PluginContext } from './plugin-context';
import { prepareResult } from './prepare-result';
import { resolveTargetAsync } from './resolve-target';
import { svgSize } from './svg-size';
import { asInsertFailed } from './user-error';

export interface DeliverOptions {
  /** False for History's "Insert again": no new History entry, no pending record to remove. */
  readonly record: boolean;
}

/**
 * Puts a finished result on the canvas and resolves with the node id.
 * Rejects with a PluginError (invalid-svg, result-unreadable, insert-failed).
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
  const delivery = insertAndReportAsync(ctx, task, result, true);
  ctx.deliveries.set(task.taskId, delivery);
  // A refused insertion may be handed over again (the pending record is still there).
  delivery.catch(() => ctx.deliveries.delete(task.taskId));
  return delivery;
}

function answerAgain(ctx: PluginContext, task: PendingTask, nodeId: string): string {
  ctx.host.postToUi({ type: 'inserted', taskId: task.taskId, nodeId });
  return nodeId;
}

async function insertAndReportAsync(
  ctx: PluginContext,
  task: PendingTask,
  result: ResultPayload,
  record: boolean,
): Promise<string> {
  const prepared = prepareResult(task, result);
  let nodeId: string;
  let placed: ResultPayload;
  try {
    placed = await readableAsync(ctx, prepared);
    nodeId = await placeAsync(ctx, task, placed);
  } catch (error) {
    throw record ? await keepInHistoryAsync(ctx, task, prepared, error) : error;
  }
  if (record) await recordAsync(ctx, task, placed);
  // Focusing is a courtesy: the node exists whether or not the view follows.
  await ctx.host.focusAsync(nodeId).catch(() => undefined);
  ctx.host.postToUi({ type: 'inserted', taskId: task.taskId, nodeId });
  if (record) ctx.host.postToUi({ type: 'history', history: await ctx.history.listAsync() });
  ctx.host.notify(toastText(`Inserted “${nodeName(task.request.prompt)}”`));
  return nodeId;
}

/** What the host can import; History then keeps the converted image, so Insert again needs no second pass. */
async function readableAsync(ctx: PluginContext, result: ResultPayload): Promise<ResultPayload> {
  if (result.kind !== 'image') return result;
  const image = await ctx.images.readableAsync(result);
  return image === result ? result : { kind: 'image', ...image, mime: image.mime as 'image/png' };
}

/** The canvas refused a paid result: keep it where Insert again finds it, and say so. */
async function keepInHistoryAsync(
  ctx: PluginContext,
  task: PendingTask,
  result: ResultPayload,
  error: unknown,
): Promise<PluginError> {
  const refused = asInsertFailed(error, 'place the result on the canvas').error;
  await recordAsync(ctx, task, result);
  ctx.host.postToUi({ type: 'history', history: await ctx.history.listAsync() });
  return new PluginError({
    ...refused,
    action: 'check-history',
    message: `${refused.message} The result is kept in History: use Insert again.`,
  });
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
    return result.kind === 'svg'
      ? await host.insertSvgAsync(result.svg, name, placement, meta)
      : await host.insertImageAsync(result, name, placement, meta);
  } catch (error) {
    throw asInsertFailed(error, 'place the result on the canvas');
  }
}

function widthOf(task: PendingTask, result: ResultPayload): number {
  if (result.kind === 'image') return result.width;
  return svgSize(result.svg)?.width ?? parseSize(String(task.request.shape))?.width ?? 0;
}

/**
 * History keeps the cleaned SVG (what is on the canvas). Storage failures
 * here do not fail the delivery: the node exists, and reporting it as
 * refused would invite inserting it a second time.
 */
async function recordAsync(ctx: PluginContext, task: PendingTask, result: ResultPayload): Promise<void> {
  await ctx.history.addAsync(task, result).catch(() => undefined);
  await ctx.pending.removeAsync(task.taskId).catch(() => undefined);
}

/**
 * THE one insertion path, for both hosts and for History's "Insert again":
 * clean, place (viewport, inside a frame, or as a shape's fill), settle the
 * pending record, select the node and tell the UI.
 *
 * What happens to the pending record is settle-pending.ts's rule: it goes
 * once the node exists, or once History holds a result the host refused;
 * otherwise it stays, and the next open inserts the result. So a result
 * already inserted is never inserted twice, and a paid one is never lost.
 */
import { PluginError, type UserError } from '../core/api/errors';
import { insertPendingError, keptInHistoryError } from '../core/api/task-errors';
import { parseSize } from '../core/models/catalogue';
import type { PendingTask, ResultPayload } from '../core/tasks/types';
import { metaFor } from './generation-meta';
import type { Placement } from './hosts/host';
import { nodeName, toastText } from './node-name';
import type { PluginContext } from './plugin-context';
import { prepareResult } from './prepare-result';
import { resolveTargetAsync } from './resolve-target';
import { settleLandedAsync, settleRefusedAsync } from './settle-pending';
import { svgSize } from './svg-size';
import { asInsertFailed } from './user-error';

export interface DeliverOptions {
  /** False for History's "Insert again": no new History entry, no pending record to remove. */
  readonly record: boolean;
}

/**
 * Puts a finished result on the canvas and resolves with the node id.
 * Rejects with a PluginError only: invalid-svg or result-unreadable (the
 * result is unusable), insert-failed (refused; kept in History when
 * recording), or insert-pending (neither placed nor kept: the record stays).
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
  const delivery = insertAndReportAsync(ctx, task, result, true).catch((error: unknown) => {
    // Whatever the path did not explain (a plugin closing mid-way breaks anything) left the record alone.
    throw error instanceof PluginError ? error : new PluginError(insertPendingError());
  });
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
    const refused = asInsertFailed(error, 'place the result on the canvas');
    throw record ? await keepOrLeavePendingAsync(ctx, task, prepared, refused.error) : refused;
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

/** The canvas refused a paid result: keep it where Insert again finds it, or else leave its task pending; and say which. */
async function keepOrLeavePendingAsync(
  ctx: PluginContext,
  task: PendingTask,
  result: ResultPayload,
  refused: UserError,
): Promise<PluginError> {
  if (!(await settleRefusedAsync(ctx, task, result))) return new PluginError(insertPendingError(refused));
  await postHistoryAsync(ctx);
  return new PluginError(keptInHistoryError(refused));
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

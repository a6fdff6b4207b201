/**
 * THE placing function, for both ways a result reaches the canvas: a task's
 * delivery (deliver-result.ts, with the pending record and History around
 * it) and History's Insert again / Try inserting again
 * (handlers/insert-entry.ts). It takes only what to place, so neither caller
 * has to pass itself off as the other.
 */
import type { GenerationMeta } from '../core/protocol/messages';
import { placedSize } from '../core/images/placed-size';
import type { InsertTarget } from '../core/tasks/types';
import { toastText } from '../core/toast-text';
import type { Placement } from './hosts/host';
import type { PluginContext } from './plugin-context';
import type { PreparedResult } from './prepare-result';
import { resolveTargetAsync } from './resolve-target';
import { asInsertFailed } from './user-error';

export interface ToPlace {
  readonly result: PreparedResult;
  /** The layer's name (node-name.ts). */
  readonly name: string;
  /** What made it, carried by the node as plugin data. */
  readonly meta: GenerationMeta;
  /** Where it was meant to go; checked again now (resolve-target.ts). */
  readonly target: InsertTarget;
}

/**
 * Creates the node (in the view, inside a frame, or as a shape's fill) and
 * resolves with its id. Awaits nothing once the host has made it, so a
 * caller can settle its bookkeeping before anything else can fail.
 * Rejects with a PluginError saying why the canvas refused it.
 */
export async function placeAsync(ctx: PluginContext, item: ToPlace): Promise<string> {
  const { host, stagger } = ctx;
  const { result, name, meta } = item;
  const target = await resolveTargetAsync(host, item.target, result.kind);
  try {
    if (target.kind === 'fill' && result.kind === 'image') {
      return await host.fillShapeAsync(target.nodeId, result, meta);
    }
    const width = widthOf(result);
    const placement: Placement =
      target.kind === 'inside'
        ? { kind: 'inside', nodeId: target.nodeId, offset: stagger.next(target.nodeId, width) }
        : { kind: 'viewport', offset: stagger.next('viewport', width) };
    // A header claiming a huge size is placed scaled down to fit; the fill still holds the whole image.
    return result.kind === 'svg'
      ? await host.insertSvgAsync(result.svg, name, placement, meta)
      : await host.insertImageAsync(result, placedSize(result.width, result.height), name, placement, meta);
  } catch (error) {
    throw asInsertFailed(error);
  }
}

/**
 * Courtesies once the node exists and the caller's bookkeeping is done:
 * focusing it and the toast. A plugin closing meanwhile makes them throw;
 * the node is there all the same, and reporting it as refused would invite
 * inserting it a second time.
 */
export async function showPlacedAsync(ctx: PluginContext, nodeId: string, name: string): Promise<void> {
  try {
    await ctx.host.focusAsync(nodeId).catch(() => undefined);
    ctx.host.notify(toastText(`Inserted “${name}”`));
  } catch {
    // The node is on the canvas; there is nothing to undo.
  }
}

/** The width it takes in a row of results: the size the pipeline drew an SVG at, or the placed image's. */
function widthOf(result: PreparedResult): number {
  return result.kind === 'svg' ? result.size.width : placedSize(result.width, result.height).width;
}

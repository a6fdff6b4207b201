/**
 * THE placing function, for both ways a result reaches the canvas: a task's
 * delivery (deliver-result.ts, with the pending record and History around
 * it) and History's Insert again / Try inserting again
 * (handlers/insert-entry.ts). It takes only what to place, so neither caller
 * has to pass itself off as the other.
 */
import type { GenerationMeta } from '../core/protocol/messages';
import { placedSize, type Size } from '../core/images/placed-size';
import type { BatchSlot, InsertTarget } from '../core/tasks/types';
import { toastText } from '../core/toast-text';
import type { IconDrawing, Rect } from './hosts/host';
import type { PluginContext } from './plugin-context';
import type { PreparedResult } from './prepare-result';
import { resolveTargetAsync } from './resolve-target';
import { iconPlacementAsync, replacedIconAsync } from './sets/place-icon';
import { asInsertFailed } from './user-error';

export interface ToPlace {
  readonly result: PreparedResult;
  /** The layer's name (node-name.ts). */
  readonly name: string;
  /** What made it, carried by the node as plugin data. */
  readonly meta: GenerationMeta;
  /** Where it was meant to go; checked again now (resolve-target.ts). */
  readonly target: InsertTarget;
  /** One image of a press of Generate that made several: it lands in the batch's row. */
  readonly batch?: BatchSlot;
}

/**
 * What the designer is shown once the node exists and the caller's
 * bookkeeping is done: a single result is selected and brought into view
 * with a toast; a batch's row is revealed once, when its first image lands,
 * leaving the selection alone; a set's icon shows nothing by itself (its set
 * is revealed once, when it is settled: plugin/sets/set-landing.ts); a
 * regenerated icon is shown as a single result.
 */
type Show =
  { readonly kind: 'focus' } | { readonly kind: 'reveal'; readonly area: Rect } | { readonly kind: 'quiet' };

export interface Placed {
  readonly nodeId: string;
  readonly show: Show;
}

const FOCUS: Show = { kind: 'focus' };
const QUIET: Show = { kind: 'quiet' };

/**
 * Creates the node (in the view, inside a frame, as a shape's fill, as a
 * set's component or into an existing one) and resolves with its id.
 * Awaits nothing once the host has made it, so a caller can settle its
 * bookkeeping before anything else can fail. Rejects with a PluginError
 * saying why the canvas refused it.
 */
export async function placeAsync(ctx: PluginContext, item: ToPlace): Promise<Placed> {
  const { host, placer } = ctx;
  const { result, name, meta, batch } = item;
  const target = await resolveTargetAsync(host, item.target, result.kind);
  try {
    if (target.kind === 'fill' && result.kind === 'image') {
      return { nodeId: await host.fillShapeAsync(target.nodeId, result, meta), show: FOCUS };
    }
    if (target.kind === 'set') {
      const icon = await iconPlacementAsync(ctx, target);
      // The set was dismissed meanwhile: no container to go into, so a plain node in the view (below).
      if (icon) {
        const withIcon = { ...meta, icon: icon.icon };
        return { nodeId: await host.placeIconAsync(drawingOf(result), icon, withIcon), show: QUIET };
      }
    }
    if (target.kind === 'replace') {
      const icon = await replacedIconAsync(ctx, target);
      // Its icon meta unknown (no set record, none carried): a plain node in the view rather than a guess.
      if (icon) {
        const nodeId = await host.replaceIconAsync(target.nodeId, drawingOf(result), icon, { ...meta, icon });
        // One press, one icon: shown as a single result is (it is where the designer selected it).
        return { nodeId, show: FOCUS };
      }
      // Regenerate a generated layer (no icon meta was ever carried): the new result takes its place.
      if (target.icon === undefined) {
        return { nodeId: await host.replaceNodeAsync(target.nodeId, drawingOf(result), meta), show: FOCUS };
      }
    }
    const parentId = target.kind === 'inside' ? target.nodeId : undefined;
    const size = sizeOf(result);
    const landing = await placer.placeAsync({ parentId, ...size, batch }, (placement) =>
      // A header claiming a huge size is placed scaled down to fit; the fill still holds the whole image.
      result.kind === 'svg'
        ? host.insertSvgAsync(result.svg, name, placement, meta)
        : host.insertImageAsync(result, size, name, placement, meta),
    );
    if (!batch) return { nodeId: landing.value, show: FOCUS };
    return { nodeId: landing.value, show: landing.reveal ? { kind: 'reveal', area: landing.reveal } : QUIET };
  } catch (error) {
    throw asInsertFailed(error);
  }
}

/**
 * Courtesies once the node exists and the caller's bookkeeping is done:
 * focusing it or revealing its batch's row, and the toast. A plugin closing
 * meanwhile makes them throw; the node is there all the same, and reporting
 * it as refused would invite inserting it a second time.
 */
export async function showPlacedAsync(ctx: PluginContext, placed: Placed, name: string): Promise<void> {
  const { show } = placed;
  if (show.kind === 'quiet') return;
  try {
    if (show.kind === 'focus') await ctx.host.focusAsync(placed.nodeId).catch(() => undefined);
    else await ctx.host.revealAsync(show.area).catch(() => undefined);
    ctx.host.notify(toastText(`Inserted “${name}”`));
  } catch {
    // The node is on the canvas; there is nothing to undo.
  }
}

/** The space it takes: the size the pipeline drew an SVG at, or the placed image's. */
function sizeOf(result: PreparedResult): Size {
  return result.kind === 'svg' ? result.size : placedSize(result.width, result.height);
}

function drawingOf(result: PreparedResult): IconDrawing {
  if (result.kind === 'svg') return { kind: 'svg', svg: result.svg };
  const { bytes, mime, width, height } = result;
  return { kind: 'image', bytes, mime, width, height };
}

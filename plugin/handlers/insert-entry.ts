/**
 * Insert again / Try inserting again: a cached History entry through the
 * same preparing and placing as a fresh result (place-result.ts), with no
 * pending record and no new History entry, since nothing new was paid for.
 */
import type { HistoryEntry } from '../../core/history/types';
import { DEFAULT_VECTOR_OPTIONS, type InsertTarget, type ResultPayload } from '../../core/tasks/types';
import { entryMeta } from '../generation-meta';
import { nodeName } from '../node-name';
import { placeAsync, showPlacedAsync } from '../place-result';
import type { PluginContext } from '../plugin-context';
import { prepareForCanvasAsync, type PrepareOptions } from '../prepare-result';

/**
 * Places the entry's cached result at `target`, tells the UI which task's
 * result landed, and resolves with the node id. Rejects with a PluginError
 * saying why it was refused.
 */
export async function insertEntryAsync(
  ctx: PluginContext,
  entry: HistoryEntry,
  cached: ResultPayload,
  target: InsertTarget,
): Promise<string> {
  const result = await prepareForCanvasAsync(ctx.images, cached, optionsFor(entry));
  const name = nodeName(entry.prompt);
  const placed = await placeAsync(ctx, { result, name, meta: entryMeta(entry), target });
  await showPlacedAsync(ctx, placed, name);
  ctx.host.postToUi({ type: 'inserted', taskId: entry.taskId, nodeId: placed.nodeId });
  return placed.nodeId;
}

/**
 * A cached SVG that landed is already cleaned, recoloured and drawn at its
 * size (an icon frame's too), so neither the options nor the requested size
 * apply a second time; a raw one (it could not be inserted) gets the
 * designer's options, kept with it, and the requested size.
 */
function optionsFor(entry: HistoryEntry): PrepareOptions {
  return entry.vector ? { vector: entry.vector, size: entry.size } : { vector: DEFAULT_VECTOR_OPTIONS };
}

/** History: insert a cached result again, delete entries, thumbnails for the list, files to download. */
import { pluginError } from '../../core/api/errors';
import { toBase64 } from '../../core/bytes/base64';
import type { ResultFile, Thumbnail } from '../../core/protocol/messages';
import { atDeadline } from '../../core/deadline-timer';
import { HISTORY_UNDO_MS } from '../../core/history/trash';
import { insertTargetFor } from '../../core/tasks/insert-target';
import type { ResultPayload } from '../../core/tasks/types';
import type { PluginContext } from '../plugin-context';
import { insertEntryAsync } from './insert-entry';
import { postHistoryAsync } from '../post-history';
import { cacheGone } from '../../core/errors/history-files';

/** Cheap to read, and protects the sandbox from a request for thousands at once. */
const MAX_THUMBNAILS = 60;

/**
 * Places a cached result through the same path as a fresh one, where the
 * selection says: Insert again, or, for a result that could not be inserted,
 * Try inserting again (the designer's own choice, so no attempt limit).
 */
export async function insertHistoryAsync(ctx: PluginContext, entryId: string): Promise<void> {
  const { entry, result } = await cachedAsync(ctx, entryId);
  // History offers no "Fill the selected shape": a selected shape is never painted over unasked.
  const target = insertTargetFor(await ctx.host.selectionAsync(), result.kind, false);
  await insertEntryAsync(ctx, entry, result, target);
  if (entry.notInserted === undefined) return;
  await ctx.history.markInsertedAsync(entry.id);
  await postHistoryAsync(ctx);
}

/** Download file: the cached file as it is (for a result not inserted, the raw download), answering `requestId`. */
export async function exportHistoryAsync(
  ctx: PluginContext,
  entryId: string,
  requestId: string,
): Promise<void> {
  const { result } = await cachedAsync(ctx, entryId);
  const file: ResultFile =
    result.kind === 'svg'
      ? { entryId, kind: 'svg', data: result.svg, mime: 'image/svg+xml' }
      : { entryId, kind: 'image', data: toBase64(result.bytes), mime: result.mime };
  ctx.host.postToUi({ type: 'history-file', requestId, file });
}

/**
 * Delete with undo: hidden from the list at once, deleted once its window has passed (a timer for it; the
 * next open deletes whatever a closed plugin left hidden), unless Undo restores it first.
 */
export async function deleteHistoryAsync(ctx: PluginContext, entryId: string): Promise<void> {
  const deadline = ctx.now() + HISTORY_UNDO_MS;
  const hidden = await ctx.history.hideAsync(entryId, deadline);
  await postHistoryAsync(ctx);
  if (!hidden) return;
  // Everything due by then goes: an entry deleted, undone and deleted again waits for its own, later timer.
  atDeadline(
    (fn, ms) => ctx.host.setTimer(fn, ms),
    ctx.now,
    deadline,
    () => void ctx.history.emptyTrashAsync(ctx.now()).catch(() => undefined),
  );
}

/** Undo: the entry is listed again, if its window has not passed (else the list is sent as it is). */
export async function undoDeleteHistoryAsync(ctx: PluginContext, entryId: string): Promise<void> {
  await ctx.history.restoreAsync(entryId);
  await postHistoryAsync(ctx);
}

export async function sendThumbnailsAsync(ctx: PluginContext, entryIds: readonly string[]): Promise<void> {
  const thumbnails: Thumbnail[] = [];
  // A raw file that could not be inserted is never drawn, not even as an image: it may be what froze the pipeline.
  const raw = new Set(
    (await ctx.history.listAsync()).filter((e) => e.notInserted !== undefined).map((e) => e.id),
  );
  for (const entryId of entryIds.slice(0, MAX_THUMBNAILS)) {
    if (raw.has(entryId)) continue;
    const result = await ctx.history.resultAsync(entryId);
    if (result) thumbnails.push(thumbnailOf(entryId, result));
  }
  ctx.host.postToUi({ type: 'thumbnails', thumbnails });
}

async function cachedAsync(ctx: PluginContext, entryId: string) {
  const entry = (await ctx.history.listAsync()).find((e) => e.id === entryId);
  const result = entry ? await ctx.history.resultAsync(entryId) : undefined;
  if (!entry || !result) throw pluginError(cacheGone);
  return { entry, result };
}

function thumbnailOf(entryId: string, result: ResultPayload): Thumbnail {
  return result.kind === 'svg'
    ? { entryId, kind: 'svg', data: result.svg, mime: 'image/svg+xml' }
    : { entryId, kind: 'image', data: toBase64(result.bytes), mime: result.mime };
}

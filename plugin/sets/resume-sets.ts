/**
 * The sets as found when the plugin opens (init), saved back when that
 * changed them:
 *
 * - an icon whose send was cut off by the close may have been charged, so
 *   it becomes failed and is never sent again by itself
 *   (core/sets/set-record.ts resumeOnOpen); waiting icons are queued again by
 *   the UI, accepted ones are pending tasks resumed as any;
 * - an accepted icon whose task has no pending record any more was settled
 *   by a delivery the close cut short before its set was told (the pending
 *   record goes first: settle-pending.ts). History says how: kept as not
 *   inserted, it failed; kept as landed, it landed (its node unknown). Not
 *   in History either, its record was never saved (storage full) and nothing
 *   can follow it now: failed as untracked, since it may have been charged.
 *
 * A set that ends that way is ended now, once (set-landing.ts).
 */
import { notInsertedError } from '../../core/api/task-errors';
import { lastAttemptFailed } from '../../core/errors/placing';
import { untracked } from '../../core/errors/task';
import { userError } from '../../core/errors/user-error';
import type { HistoryEntry } from '../../core/history/types';
import { resumeOnOpen, withItem } from '../../core/sets/set-record';
import type { IconSetRecord } from '../../core/sets/types';
import type { PluginContext } from '../plugin-context';
import { changeSetAsync } from './set-landing';

export async function resumedSetsAsync(ctx: PluginContext): Promise<IconSetRecord[]> {
  const [records, pending, history] = await Promise.all([
    ctx.sets.listAsync(),
    ctx.pending.listAsync(),
    ctx.history.listAsync().catch((): HistoryEntry[] => []),
  ]);
  const followed = new Set(pending.map((task) => task.taskId));
  const change = (record: IconSetRecord) => settledWhileClosed(resumeOnOpen(record), followed, history);
  const resumed: IconSetRecord[] = [];
  for (const record of records) {
    // Unsaved (storage full), the record is still sent as it now reads: the next open converts it again.
    const saved = await changeSetAsync(ctx, record.spec.setId, change).catch(() => change(record));
    if (saved) resumed.push(saved);
  }
  return resumed;
}

function settledWhileClosed(
  record: IconSetRecord,
  followed: ReadonlySet<string>,
  history: readonly HistoryEntry[],
): IconSetRecord {
  let changed = record;
  for (const item of record.items) {
    if (item.state !== 'accepted' || item.taskId === undefined || followed.has(item.taskId)) continue;
    const kept = history.find((entry) => entry.taskId === item.taskId);
    const { index, variant } = item;
    if (kept && kept.notInserted === undefined) {
      changed = withItem(changed, index, variant, { state: 'landed' });
    } else {
      const error = kept
        ? notInsertedError(userError(lastAttemptFailed, kept.notInserted ?? ''))
        : userError(untracked);
      changed = withItem(changed, index, variant, { state: 'failed', error });
    }
  }
  return changed;
}

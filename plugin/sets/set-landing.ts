/**
 * A set's icons as their tasks end: landed with the component's id, or
 * failed with why; and the set's one ending. No icon is focused or toasted
 * by itself: once nothing more will happen (core/sets/set-record.ts
 * isSettled), the set gets `doneAt`, its container is brought into view once
 * and one notification says how it went ("12 icons in 'Brand icons'").
 */
import type { UserError } from '../../core/api/errors';
import { finishedNotice, isSettled, withItem } from '../../core/sets/set-record';
import type { IconSetRecord, SetSlot } from '../../core/sets/types';
import { toastText } from '../../core/toast-text';
import type { PluginContext } from '../plugin-context';

/** The icon's component is on the canvas. Best effort: the node is there whatever storage says. */
export async function iconLandedAsync(ctx: PluginContext, slot: SetSlot, nodeId: string): Promise<void> {
  await changeAndSettleAsync(ctx, slot.setId, (record) =>
    withItem(record, slot.index, slot.variant, { state: 'landed', nodeId }),
  );
}

/** The icon's result could not be inserted (History keeps its file): the set completes around it. */
export async function iconFailedAsync(ctx: PluginContext, slot: SetSlot, error: UserError): Promise<void> {
  await changeAndSettleAsync(ctx, slot.setId, (record) => {
    const item = record.items.find((i) => i.index === slot.index && i.variant === slot.variant);
    // A landed icon stays landed: a late failure report cannot take its component away.
    if (!item || item.state === 'landed') return record;
    return withItem(record, slot.index, slot.variant, { state: 'failed', error });
  });
}

/**
 * Applies `change` to the set's record, then ends the set if that settled
 * it: `doneAt`, one reveal, one notification. Rejects when the record could
 * not be saved; resolves with it as saved (undefined: the set is gone).
 */
export async function changeSetAsync(
  ctx: PluginContext,
  setId: string,
  change: (record: IconSetRecord) => IconSetRecord,
): Promise<IconSetRecord | undefined> {
  let ended: IconSetRecord | undefined;
  const saved = await ctx.sets.changeAsync(setId, (record) => {
    const changed = change(record);
    if (changed.doneAt !== undefined || !isSettled(changed)) return changed;
    ended = { ...changed, doneAt: ctx.now() };
    return ended;
  });
  if (ended) await announceAsync(ctx, ended);
  return saved;
}

/** changeSetAsync for a delivery: its bookkeeping never turns a delivered icon into a failure. */
async function changeAndSettleAsync(
  ctx: PluginContext,
  setId: string,
  change: (record: IconSetRecord) => IconSetRecord,
): Promise<void> {
  try {
    await changeSetAsync(ctx, setId, change);
  } catch {
    // Storage gone (the plugin closing): the record is found as it was on the next open.
  }
}

/** The set's one reveal and one notification; the selection is left as the designer had it. */
async function announceAsync(ctx: PluginContext, record: IconSetRecord): Promise<void> {
  const { host } = ctx;
  const area = record.containerId
    ? await host.boundsAsync(record.containerId).catch(() => undefined)
    : undefined;
  if (area) await host.revealAsync(area).catch(() => undefined);
  host.notify(toastText(finishedNotice(record)));
}

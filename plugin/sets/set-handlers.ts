/**
 * The set messages (docs/icon-sets.md): start-set makes the container and the
 * record, set-item saves what only the UI knows of an item before it acts on
 * it, stop-set and dismiss-set; and the acceptance track-task records for a
 * set's icon. Every change is followed by `sets` (SetKeeper).
 */
import { PluginError, pluginError, type UserError } from '../../core/api/errors';
import type { UiMessageOf } from '../../core/protocol/messages';
import { newSetRecord, withItem } from '../../core/sets/set-record';
import { validateSetSpec } from '../../core/sets/set-spec';
import { SET_ICONS_PER_ROW, type IconSetRecord, type IconSetSpec } from '../../core/sets/types';
import type { PendingTask } from '../../core/tasks/types';
import { setContainerSize } from '../placement/set-container-size';
import type { PluginContext } from '../plugin-context';
import { asInsertFailed } from '../user-error';
import { changeSetAsync } from './set-landing';
import { setGone } from '../../core/errors/sets';

/**
 * Generate set: the spec checked again (the form's own check), the
 * container made once at a free spot (or inside the frame/board selected at
 * the press, when it can still hold it), the record saved with every item
 * waiting; answered with the record. A set id seen before is answered with
 * its record as it is: a request sent twice makes no second container.
 */
export async function startSetAsync(ctx: PluginContext, spec: IconSetSpec, requestId: string): Promise<void> {
  const problem = validateSetSpec(spec);
  if (problem) throw new PluginError(problem);
  const record = (await ctx.sets.getAsync(spec.setId)) ?? (await newSetAsync(ctx, spec));
  ctx.host.postToUi({ type: 'set-started', requestId, set: record });
  await ctx.sets.postAsync();
}

async function newSetAsync(ctx: PluginContext, spec: IconSetSpec): Promise<IconSetRecord> {
  const { host } = ctx;
  const parentId = await insideAsync(ctx, spec.insideId);
  const box = {
    iconSize: spec.iconSize,
    perRow: SET_ICONS_PER_ROW,
    count: spec.subjects.length,
    variants: spec.variants,
  };
  let containerId: string;
  try {
    // Through the placer: it is placed clear of other layers, and of results landing at the same moment.
    ({ value: containerId } = await ctx.placer.placeAsync({ parentId, ...setContainerSize(box) }, (at) =>
      host.createSetContainerAsync({ name: spec.name.trim(), ...box, parentId: at.parentId, at }),
    ));
  } catch (error) {
    throw asInsertFailed(error);
  }
  const record = newSetRecord(spec, containerId, ctx.now());
  await ctx.sets.addAsync(record);
  return record;
}

/** The frame/board chosen at the press, when it is still there and can hold the set; else the page. */
async function insideAsync(ctx: PluginContext, insideId: string | undefined): Promise<string | undefined> {
  if (insideId === undefined) return undefined;
  const node = await ctx.host.findNodeAsync(insideId).catch(() => undefined);
  return node?.canContain ? insideId : undefined;
}

type SetItemMessage = UiMessageOf<'set-item'>;

/**
 * What only the UI knows, saved before it acts (sending before its POST;
 * failed; waiting again for Retry, or after a 429), then answered. A landed
 * icon is never changed: its component is on the canvas. Retry reopens a
 * finished set, so it is revealed and announced again once that icon ends.
 * A set no longer kept (dismissed) is answered with an error, never saved.
 */
export async function setItemAsync(ctx: PluginContext, m: SetItemMessage): Promise<void> {
  const saved = await changeSetAsync(ctx, m.setId, (record) => {
    const item = record.items.find((i) => i.index === m.index && i.variant === m.variant);
    if (!item || item.state === 'landed') return record;
    const changed = withItem(record, m.index, m.variant, patchOf(m));
    if (m.state !== 'waiting' || changed.doneAt === undefined) return changed;
    const { doneAt: _done, ...reopened } = changed;
    return reopened;
  });
  // Nothing to save it in: the UI must not send (and pay for) an icon of a set no longer kept.
  if (!saved) throw pluginError(setGone);
  ctx.host.postToUi({ type: 'set-saved', requestId: m.requestId });
}

function patchOf(m: SetItemMessage): { state: SetItemMessage['state']; error?: UserError } {
  return m.state === 'failed' && m.error ? { state: 'failed', error: m.error } : { state: m.state };
}

/** Stop set: nothing waiting is sent any more; what is in flight still lands, then the set ends. */
export async function stopSetAsync(ctx: PluginContext, setId: string): Promise<void> {
  await changeSetAsync(ctx, setId, (record) => (record.stopped ? record : { ...record, stopped: true }));
}

/** The set leaves the list; its components stay on the canvas. */
export function dismissSetAsync(ctx: PluginContext, setId: string): Promise<void> {
  return ctx.sets.removeAsync(setId);
}

/**
 * track-task for a set's icon: the item is accepted, with its task id, in
 * the same step, once the task is stored (a reopen finding an accepted icon
 * with no pending record takes it as settled: resume-sets.ts). An icon the
 * sandbox's runner already landed stays landed. Best effort: the pending
 * record is what makes the icon land and be charged once; the set's record
 * follows it.
 */
export async function acceptSetItemAsync(ctx: PluginContext, task: PendingTask): Promise<void> {
  const { target } = task.request;
  if (target.kind !== 'set') return;
  try {
    await changeSetAsync(ctx, target.setId, (record) => {
      const item = record.items.find((i) => i.index === target.index && i.variant === target.variant);
      if (!item || item.state === 'landed') return record;
      return withItem(record, target.index, target.variant, { state: 'accepted', taskId: task.taskId });
    });
  } catch {
    // Storage full even for the set: the task is still followed and lands; the item shows it then.
  }
}

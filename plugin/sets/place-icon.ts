/**
 * What the host needs to place a set's icon (placeIconAsync) or to replace
 * one in place (replaceIconAsync), read from the set record and the spec.
 */
import { isIconMeta } from '../../core/sets/set-checks';
import { boundSwatch, iconMetaFor } from '../../core/sets/icon-request';
import { componentName } from '../../core/sets/names';
import type { IconMeta, SetSlot } from '../../core/sets/types';
import type { InsertTarget } from '../../core/tasks/types';
import type { IconPlacement } from '../hosts/host';
import type { PluginContext } from '../plugin-context';

/**
 * Where the icon at `slot` goes: its set's container, at its list position,
 * named `${prefix}/${subject}`, bound to the set's document colour in mono
 * mode. Undefined when the set's record is gone (dismissed) or has no
 * container: the caller then lands the result as a plain node in the view.
 */
export async function iconPlacementAsync(
  ctx: PluginContext,
  slot: SetSlot,
): Promise<IconPlacement | undefined> {
  const record = await ctx.sets.getAsync(slot.setId).catch(() => undefined);
  if (!record?.containerId) return undefined;
  const { spec } = record;
  const bind = boundSwatch(spec.colour);
  return {
    containerId: record.containerId,
    name: componentName(spec.prefix, spec.subjects[slot.index] ?? ''),
    order: slot.index,
    variant: slot.variant,
    variants: spec.variants,
    size: spec.iconSize,
    ...(bind ? { bind } : {}),
    icon: iconMetaFor(spec, slot),
  };
}

/**
 * Regenerate this icon: the icon meta the component is to carry. The set's
 * record knows it while it is kept (an item landed as that component);
 * without one (dismissed, another designer's file), the meta the request
 * carried from the component itself (regenerateRequest), when it checks out.
 */
export async function replacedIconAsync(
  ctx: PluginContext,
  target: Extract<InsertTarget, { kind: 'replace' }>,
): Promise<IconMeta | undefined> {
  const records = await ctx.sets.listAsync().catch(() => []);
  for (const record of records) {
    const item = record.items.find((i) => i.state === 'landed' && i.nodeId === target.nodeId);
    if (item) return iconMetaFor(record.spec, { setId: record.spec.setId, ...item });
  }
  // Checked again: a pending record read back from storage is not trusted to be what was sent.
  return isIconMeta(target.icon) ? target.icon : undefined;
}

/**
 * The sets as found when the plugin opens (init): an icon whose send was cut
 * off by the close may have been charged, so it becomes failed and is never
 * sent again by itself (core/sets/set-record.ts resumeOnOpen), saved back;
 * waiting icons are queued again by the UI, accepted ones are pending tasks
 * resumed as any. A set that ended that way is ended now, once.
 */
import { resumeOnOpen } from '../../core/sets/set-record';
import type { IconSetRecord } from '../../core/sets/types';
import type { PluginContext } from '../plugin-context';
import { changeSetAsync } from './set-landing';

export async function resumedSetsAsync(ctx: PluginContext): Promise<IconSetRecord[]> {
  const records = await ctx.sets.listAsync();
  const resumed: IconSetRecord[] = [];
  for (const record of records) {
    const setId = record.spec.setId;
    // Unsaved (storage full), the record is still sent as it now reads: the next open converts it again.
    const saved = await changeSetAsync(ctx, setId, resumeOnOpen).catch(() => resumeOnOpen(record));
    if (saved) resumed.push(saved);
  }
  return resumed;
}

/** The key and the settings: per user, in host storage, never in the document. */
import { normaliseApiBase } from '../../core/api/api-base';
import { pluginError } from '../../core/api/errors';
import type { Settings } from '../../core/settings';
import { STORE_KEYS } from '../../core/storage/store';
import type { PluginContext } from '../plugin-context';
import { readSettings } from '../read-settings';
import { apiBaseInvalid } from '../../core/errors/gateway';

export function saveKeyAsync(ctx: PluginContext, apiKey: string): Promise<void> {
  return ctx.apiKey.saveAsync(apiKey);
}

export function forgetKeyAsync(ctx: PluginContext): Promise<void> {
  return ctx.apiKey.forgetAsync();
}

/**
 * Stores only checked values: a UI from another version cannot corrupt them. An API base that is not one is
 * refused with its reason (answered as 'error'), never quietly swapped for the default: the designer would
 * believe their gateway saved while the key went on to another.
 */
export async function saveSettingsAsync(ctx: PluginContext, settings: Settings): Promise<void> {
  if (normaliseApiBase(settings.apiBase) === undefined) throw pluginError(apiBaseInvalid);
  await ctx.host.storage.setAsync(STORE_KEYS.settings, readSettings(settings));
}

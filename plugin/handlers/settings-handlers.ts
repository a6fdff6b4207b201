/** The key and the settings: per user, in host storage, never in the document. */
import type { Settings } from '../../core/settings';
import { STORE_KEYS } from '../../core/storage/store';
import type { PluginContext } from '../plugin-context';
import { readSettings } from '../read-settings';

export function saveKeyAsync(ctx: PluginContext, apiKey: string): Promise<void> {
  return ctx.apiKey.saveAsync(apiKey);
}

export function forgetKeyAsync(ctx: PluginContext): Promise<void> {
  return ctx.apiKey.forgetAsync();
}

/** Stores only checked values: a UI from another version cannot corrupt them. */
export function saveSettingsAsync(ctx: PluginContext, settings: Settings): Promise<void> {
  return ctx.host.storage.setAsync(STORE_KEYS.settings, readSettings(settings));
}

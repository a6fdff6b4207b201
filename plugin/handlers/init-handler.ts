/** What the UI needs to start, and what it needs again whenever the selection moves. */
import { paletteOfSwatches } from '../../core/color/swatch';
import { EMPTY_SELECTION, type SelectionInfo } from '../../core/protocol/messages';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { PluginContext } from '../plugin-context';
import { savedPaletteAsync } from '../document-palette';
import { documentBrandKitAsync } from '../brand-kit';
import { savedSettingsAsync } from '../read-settings';
import type { TaskFollower } from '../followers/task-follower';
import { resumedSetsAsync } from '../sets/resume-sets';

/** Sends 'init', then the state of every task the sandbox already follows (Figma resume). */
export async function sendInitAsync(ctx: PluginContext, follower: TaskFollower): Promise<void> {
  const { host } = ctx;
  const [settings, selection, history, savedPalette, pending, notices, prefill, sets, swatches, brandKit] =
    await Promise.all([
      orAsync(savedSettingsAsync(host.storage), DEFAULT_SETTINGS),
      selectionAsync(ctx),
      orAsync(ctx.history.visibleAsync(), []),
      orAsync(savedPaletteAsync(host), undefined),
      orAsync(ctx.pending.listAsync(), []),
      orAsync(ctx.notices.listAsync(), []),
      orAsync(host.launchPrefillAsync(), undefined),
      orAsync(resumedSetsAsync(ctx), []),
      orAsync(host.swatchesAsync(), []),
      orAsync(documentBrandKitAsync(host), undefined),
    ]);
  host.postToUi({
    type: 'init',
    host: host.name,
    settings,
    apiKey: ctx.apiKey.get(),
    selection,
    history,
    // The swatches' colours: the document is read once for both.
    palette: paletteOfSwatches(swatches),
    ...(savedPalette ? { savedPalette } : {}),
    pending,
    notices,
    sets,
    swatches,
    prefill,
    theme: host.theme(),
    ...(brandKit ? { brandKit } : {}),
  });
  for (const view of follower.views()) host.postToUi({ type: 'task-update', view });
}

export async function sendSelectionAsync(ctx: PluginContext): Promise<void> {
  ctx.host.postToUi({ type: 'selection', selection: await selectionAsync(ctx) });
}

function selectionAsync(ctx: PluginContext): Promise<SelectionInfo> {
  return orAsync(ctx.host.selectionAsync(), EMPTY_SELECTION);
}

/** Start-up must not fail because one optional piece (palette, history) could not be read. */
async function orAsync<T>(promise: Promise<T>, fallback: T): Promise<T> {
  try {
    return await promise;
  } catch {
    return fallback;
  }
}

/** History as the designer sees it (newest first, entries deleted and still undoable left out), to the UI. */
import type { PluginContext } from './plugin-context';

export async function postHistoryAsync(ctx: PluginContext): Promise<void> {
  ctx.host.postToUi({ type: 'history', history: await ctx.history.visibleAsync() });
}

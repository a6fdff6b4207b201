/**
 * Pressing Remove background or Upscale (1 credit each), in the UI on both
 * hosts: the source's freshness is checked before anything is sent (an
 * expired file gives the plain message and no POST), then one paid POST
 * (createToolTaskAsync: resent only when certainly unsent), then the task is
 * persisted before its first poll (track-task) and followed by the same
 * runner as a generation. A POST whose answer was lost may have been charged:
 * it is never sent again, and becomes a charge notice.
 */
import { createToolTaskAsync } from '../api/client';
import { PluginError, type UserError } from '../api/errors';
import type { Clock, FetchLike } from '../api/http';
import { toolSourceError } from '../api/tool-source';
import { ambiguous } from '../errors/gateway';
import { untracked } from '../errors/task';
import { userError } from '../errors/user-error';
import type { ToolId } from '../models/tools';
import type { ChargeNotice } from './charge-notices';
import { newToolTask, type ToolSource } from './tool-task';
import type { PendingTask } from './types';

export interface ToolStartDeps {
  readonly fetch: FetchLike;
  readonly apiBase: string;
  readonly apiKey: string;
  readonly now: () => number;
  /** The POST's timers; the realm's by default (tests inject a virtual clock). */
  readonly clock?: Clock;
  /** Persists the accepted task (track-task) and resolves once it is; rejects when it could not be handed over. */
  readonly track: (task: PendingTask) => Promise<unknown>;
  /** Keeps a notice for a POST that may have been charged (save-notice): it outlives the plugin. */
  readonly remember: (notice: ChargeNotice) => void;
  readonly newId: () => string;
}

/** The task as persisted, or why there is none (nothing was charged unless the error says it may have been). */
export type ToolStart = { readonly task: PendingTask } | { readonly error: UserError };

export async function startToolTaskAsync(
  deps: ToolStartDeps,
  tool: ToolId,
  source: ToolSource,
): Promise<ToolStart> {
  const started = deps.now();
  const expired = toolSourceError(source.resultUrl, source.madeAt, started);
  if (expired) return { error: expired };
  let created;
  try {
    const { fetch, apiBase, apiKey, clock } = deps;
    created = await createToolTaskAsync({ fetch, apiBase, apiKey, clock, tool, imageUrl: source.resultUrl });
  } catch (caught) {
    const error = caught instanceof PluginError ? caught.error : userError(ambiguous);
    if (error.code === 'ambiguous') {
      const { prompt, model } = source;
      deps.remember({ id: deps.newId(), prompt, model, createdAt: started, reason: error.message });
    }
    return { error };
  }
  const task = newToolTask(created, tool, source, started);
  try {
    await deps.track(task);
  } catch (caught) {
    // Accepted but not handed over: it may be charged and followed nowhere (the tracking context says so).
    return { error: caught instanceof PluginError ? caught.error : userError(untracked) };
  }
  return { task };
}

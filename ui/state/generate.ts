/**
 * Pressing Generate: one POST per image, one at a time, each shown as
 * "Sending…" while in flight, then handed to the task service. A POST costs
 * money, so nothing here ever sends one again: a failure stops the batch and
 * is shown with its reason. A POST whose answer was lost may have been
 * charged: it becomes a notice kept until the designer dismisses it, even
 * across closing the plugin.
 */
import { asUserError, isKeyError, PluginError, type UserError } from '../../core/api/errors';
import { ambiguous } from '../../core/errors/gateway';
import { userError } from '../../core/errors/user-error';
import type { FetchLike } from '../../core/api/http';
import type { ChargeNotice } from '../../core/tasks/charge-notices';
import type {
  BatchSlot,
  GenerationRequest,
  PendingTask,
  TaskSnapshot,
  TaskView,
} from '../../core/tasks/types';
import { errorText } from './error-text';

interface Creation {
  readonly taskId: string;
  readonly immediate?: TaskSnapshot;
  readonly credits?: number;
}

export interface GenerateDeps {
  readonly createGenerationAsync: (opts: {
    fetch: FetchLike;
    apiBase: string;
    apiKey: string;
    request: GenerationRequest;
  }) => Promise<Creation>;
  /** The task names no API base: it is polled at whatever base the settings hold then. */
  readonly newPendingTask: (created: Creation, request: GenerationRequest, now: number) => PendingTask;
  readonly fetch: FetchLike;
  readonly now: () => number;
  readonly newId: () => string;
  /** The task service's track: resolves once the task is persisted. */
  readonly track: (task: PendingTask) => Promise<void>;
  /** Shows (or updates) the placeholder of a POST, keyed by `localId`. */
  readonly show: (localId: string, view: TaskView) => void;
  /** Removes the placeholder once the task service shows the task. */
  readonly hide: (localId: string) => void;
  /** Keeps a "may have been charged" notice (shown, and saved in the sandbox until dismissed). */
  readonly remember: (notice: ChargeNotice) => void;
}

export interface GenerateJob {
  readonly apiBase: string;
  readonly apiKey: string;
  readonly request: GenerationRequest;
  readonly count: number;
}

export interface BatchOutcome {
  readonly accepted: number;
  readonly error?: UserError;
  /** Images of the batch never requested because an earlier one failed. */
  readonly skipped: number;
}

export async function generateBatchAsync(deps: GenerateDeps, job: GenerateJob): Promise<BatchOutcome> {
  // One id for the press (its first image's local id): the sandbox lands its images in one row from one
  // anchor (core/tasks/types.ts BatchSlot). A single image has no batch: it finds its own free spot.
  let batchId: string | undefined;
  for (let index = 0; index < job.count; index++) {
    const error = await generateOneAsync(deps, job, (localId): BatchSlot | undefined => {
      if (job.count < 2) return undefined;
      batchId ??= localId;
      return { id: batchId, index, count: job.count };
    });
    if (error) return { accepted: index, error, skipped: job.count - index - 1 };
  }
  return { accepted: job.count, skipped: 0 };
}

async function generateOneAsync(
  deps: GenerateDeps,
  job: GenerateJob,
  slotFor: (localId: string) => BatchSlot | undefined,
): Promise<UserError | undefined> {
  const localId = deps.newId();
  const batch = slotFor(localId);
  const request: GenerationRequest = batch ? { ...job.request, batch } : job.request;
  const started = deps.now();
  const view: TaskView = {
    taskId: localId,
    request,
    phase: 'submitting',
    createdAt: started,
    updatedAt: started,
    polls: 0,
  };
  deps.show(localId, view);
  let created: Creation;
  try {
    const { fetch, apiBase, apiKey } = { ...deps, ...job };
    created = await deps.createGenerationAsync({ fetch, apiBase, apiKey, request });
  } catch (caught) {
    const error = postError(caught);
    // A refused (or missing) key is shown once, in the key panel, not as one failed item per press.
    if (isKeyError(error)) {
      deps.hide(localId);
      return error;
    }
    // It may have been charged: a notice that outlives the plugin takes the placeholder's place.
    if (error.code === 'ambiguous') {
      deps.hide(localId);
      const { prompt, model } = request;
      deps.remember({ id: localId, prompt, model, createdAt: started, reason: errorText(error) });
      return error;
    }
    return fail(deps, localId, view, error);
  }
  const task = deps.newPendingTask(created, request, started);
  // Carries the real id from now on, so the list hides it as soon as the service shows the task.
  deps.show(localId, { ...view, taskId: task.taskId, phase: 'queued', updatedAt: deps.now() });
  try {
    await deps.track(task);
  } catch (caught) {
    return fail(deps, localId, view, trackError(caught));
  }
  deps.hide(localId);
  return undefined;
}

function fail(deps: GenerateDeps, localId: string, view: TaskView, error: UserError): UserError {
  deps.show(localId, { ...view, phase: 'failed', error, updatedAt: deps.now() });
  return error;
}

/** The form-level note after a batch stopped early, or undefined. */
export function skippedNote(outcome: BatchOutcome): string | undefined {
  const n = outcome.skipped;
  if (!outcome.error || n === 0) return undefined;
  return `Stopped after a failure: the other ${n} image${n === 1 ? ' was' : 's were'} not requested.`;
}

/** Only the client's typed errors are trusted; anything else may have happened after the body left. */
function postError(caught: unknown): UserError {
  return caught instanceof PluginError ? caught.error : userError(ambiguous);
}

/** The task was accepted: whatever went wrong handing it over, it may be charged (the context says so). */
function trackError(caught: unknown): UserError {
  return asUserError(caught, 'tracking');
}

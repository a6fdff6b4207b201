/**
 * Polls one task until it finishes, fails, reaches its deadline or is
 * stopped. Transient faults (network, 5xx, 429, unreadable answers) are
 * retried with backoff; any other error ends the task.
 */
import { networkError, PluginError, type UserError } from '../api/errors';
import type { Clock } from '../api/http';
import { modelById } from '../models/catalogue';
import { firstPollDelayMs, nextPollDelayMs } from './schedule';
import { hasResult } from './snapshot-result';
import { STOPPED, type StopToken } from './stop-token';
import type { PendingTask, TaskSnapshot } from './types';

export type PollOutcome =
  | { readonly kind: 'finished'; readonly snapshot: TaskSnapshot }
  | { readonly kind: 'stalled' }
  | { readonly kind: 'ended'; readonly error: UserError }
  | { readonly kind: 'stopped' };

export interface PollDeps {
  readonly clock: Clock;
  readonly random: () => number;
  readonly token: StopToken;
  /** One poll; throws PluginError. */
  readonly getTask: () => Promise<TaskSnapshot>;
  /** Called after every poll, with the snapshot when one was read. */
  readonly onPoll: (snapshot: TaskSnapshot | undefined) => void;
}

/** What a follow loop remembers between polls (and across result-download retries). */
export interface PollState {
  faults: number;
  retryAfterMs?: number;
  polls: number;
  emptySuccesses: number;
}

export const newPollState = (): PollState => ({ faults: 0, polls: 0, emptySuccesses: 0 });

/** Faults worth another try: the gateway or the network hiccuped, the task itself may be fine. */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set(['network', 'server', 'rate-limited']);

/** A "succeeded" answer without any file is re-read a few times before it counts as unreadable. */
const EMPTY_SUCCESS_RETRIES = 3;

export async function pollUntilFinishedAsync(
  task: PendingTask,
  deps: PollDeps,
  state: PollState,
): Promise<PollOutcome> {
  const typicalMs = modelById(task.request.model).typicalSeconds * 1000;
  for (;;) {
    const now = deps.clock.now();
    // A resumed task is polled at least once, however late, before being called stalled.
    if (state.polls > 0 && now >= task.deadlineAt) return { kind: 'stalled' };
    const ctx = {
      createdAt: task.createdAt,
      now,
      typicalMs,
      faults: state.faults,
      retryAfterMs: state.retryAfterMs,
    };
    const delay = state.polls === 0 ? firstPollDelayMs(ctx) : nextPollDelayMs(ctx, deps.random);
    const wait = state.polls === 0 ? delay : Math.min(delay, task.deadlineAt - now);
    if ((await deps.token.race(deps.clock.sleep(Math.max(0, wait)))) === STOPPED) return { kind: 'stopped' };
    const read = await readAsync(deps);
    if (read === STOPPED) return { kind: 'stopped' };
    state.polls += 1;
    if ('error' in read) {
      if (!TRANSIENT_CODES.has(read.error.code)) return { kind: 'ended', error: read.error };
      state.faults += 1;
      state.retryAfterMs =
        read.error.retryAfterSeconds === undefined ? undefined : read.error.retryAfterSeconds * 1000;
      deps.onPoll(undefined);
      continue;
    }
    state.faults = 0;
    state.retryAfterMs = undefined;
    deps.onPoll(read.snapshot);
    if (isFinished(read.snapshot, state)) return { kind: 'finished', snapshot: read.snapshot };
  }
}

function isFinished(snapshot: TaskSnapshot, state: PollState): boolean {
  if (snapshot.status === 'failed') return true;
  if (snapshot.status !== 'succeeded') return false;
  return hasResult(snapshot) || ++state.emptySuccesses >= EMPTY_SUCCESS_RETRIES;
}

async function readAsync(
  deps: PollDeps,
): Promise<{ snapshot: TaskSnapshot } | { error: UserError } | typeof STOPPED> {
  try {
    const snapshot = await deps.token.race(deps.getTask());
    return snapshot === STOPPED ? STOPPED : { snapshot };
  } catch (error) {
    if (deps.token.stopped) return STOPPED;
    // Anything unexpected is treated as a hiccup: the deadline still bounds the loop.
    if (!(error instanceof PluginError)) return { error: networkError() };
    return { error: error.error };
  }
}

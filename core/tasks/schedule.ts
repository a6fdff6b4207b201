/**
 * When to poll a task next. A model's typical duration T says when a task
 * usually finishes, so polls are sparse early (nothing to see), dense around
 * T (where most tasks finish, so the designer waits least), then back off
 * exponentially once the task is late. Jitter spreads many tasks' polls
 * apart; Retry-After and transient faults only ever make the wait longer.
 *
 * @example
 * firstPollDelayMs({ createdAt: 0, now: 0, typicalMs: 15_000, faults: 0 }); // 7500
 */
import { TIMEOUTS } from '../api/timeouts';

export interface PollContext {
  readonly createdAt: number;
  readonly now: number;
  /** The model's typical seconds from creation to a finished task, in ms. */
  readonly typicalMs: number;
  /** Consecutive transient faults (network, 5xx, 429, unreadable answer) so far. */
  readonly faults: number;
  /** The gateway's Retry-After, in ms. */
  readonly retryAfterMs?: number;
}

/** The knobs, exported so tests and the benchmark can reason about them. */
export const SCHEDULE = {
  /** First poll at this fraction of the typical time. */
  firstAt: 0.5,
  /** Before this fraction: sparse polls. */
  denseFrom: 0.65,
  /** After this fraction: back off. */
  denseUntil: 1.8,
  sparseFraction: 0.15,
  /** Dense interval is T/12, clamped to these bounds. */
  denseMinMs: 1000,
  denseMaxMs: 1500,
  /** Past the dense window the interval grows by this share of the time already past it. */
  backoffGrowth: 0.2,
  capMs: 10_000,
  jitter: 0.15,
  lateJitter: 0.25,
  faultBaseMs: 1000,
  faultCapMs: 15_000,
} as const;

export function nextPollDelayMs(ctx: PollContext, random: () => number): number {
  const T = Math.max(1000, ctx.typicalMs);
  const elapsed = Math.max(0, ctx.now - ctx.createdAt);
  const untilFirst = Math.max(SCHEDULE.denseMinMs, SCHEDULE.firstAt * T) - elapsed;
  const planned = Math.max(untilFirst, intervalAt(elapsed, T, random));
  return Math.round(Math.max(planned, faultDelayMs(ctx.faults, random), ctx.retryAfterMs ?? 0));
}

/** The polling interval at `elapsed` ms, jittered. */
function intervalAt(elapsed: number, T: number, random: () => number): number {
  const dense = clamp(T / 12, SCHEDULE.denseMinMs, SCHEDULE.denseMaxMs);
  if (elapsed < SCHEDULE.denseFrom * T) {
    return jittered(Math.max(SCHEDULE.denseMinMs, SCHEDULE.sparseFraction * T), SCHEDULE.jitter, random);
  }
  if (elapsed < SCHEDULE.denseUntil * T) return jittered(dense, SCHEDULE.jitter, random);
  const late = dense + SCHEDULE.backoffGrowth * (elapsed - SCHEDULE.denseUntil * T);
  // Never denser than the dense window itself, never sparser than the cap.
  return clamp(jittered(late, SCHEDULE.lateJitter, random), dense * (1 - SCHEDULE.jitter), SCHEDULE.capMs);
}

/** Exponential backoff after consecutive faults; 0 when there were none. */
export function faultDelayMs(faults: number, random: () => number): number {
  if (faults <= 0) return 0;
  const base = Math.min(SCHEDULE.faultCapMs, SCHEDULE.faultBaseMs * 2 ** (faults - 1));
  // Half fixed, half random: retries from many clients do not land together.
  return base * (0.5 + 0.5 * unit(random));
}

/** How long the runner follows a task before asking the designer: 3 min or 6× typical. */
export function deadlineMs(typicalMs: number): number {
  return Math.max(TIMEOUTS.taskDeadlineMinMs, 6 * typicalMs);
}

function jittered(value: number, spread: number, random: () => number): number {
  return value * (1 + spread * (2 * unit(random) - 1));
}

function unit(random: () => number): number {
  const r = random();
  return Number.isFinite(r) ? clamp(r, 0, 1) : 0.5;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Delay before a run's first poll: the planned first poll, or now when that is past (a resumed task). */
export function firstPollDelayMs(ctx: PollContext): number {
  const T = Math.max(1000, ctx.typicalMs);
  const elapsed = Math.max(0, ctx.now - ctx.createdAt);
  return Math.max(0, Math.max(SCHEDULE.denseMinMs, SCHEDULE.firstAt * T) - elapsed);
}

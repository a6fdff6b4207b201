/**
 * How long the plugin waits, in one table: each request to the gateway or a
 * result's host, and how long a task is followed. Callers (and tests) may
 * pass their own per-request timeout; these are the defaults.
 */
export const TIMEOUTS = {
  /** The generation POST: an answer can take a while, and one lost after sending may have been charged. */
  generationMs: 120_000,
  /** One poll: a lost one is only a missed poll, tried again on the schedule. */
  pollMs: 30_000,
  /** One attempt at downloading a result file (retried while the retry window lasts). */
  downloadMs: 60_000,
  /** How long a download keeps retrying passing faults when its URL names no expiry of its own. */
  downloadRetryWindowMs: 10 * 60_000,
  /** The least time a task is followed before the designer is asked (else 6× the model's typical time). */
  taskDeadlineMinMs: 180_000,
  /** What Keep waiting adds past a stalled task's deadline (or now, if later). */
  keepWaitingMs: 120_000,
} as const;

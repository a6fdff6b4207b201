/**
 * How long the plugin waits, in one table: each request to the gateway or a
 * result's host, how long a task is followed, and how long one realm waits
 * for the other's answer. Callers (and tests) may
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
  /**
   * An answer from the other realm (plugin window ↔ sandbox) to a request (core/protocol/request.ts):
   * enough for any storage write or file read, short enough that a silent side leaves nobody waiting.
   */
  replyMs: 20_000,
  /**
   * An answer to a request whose work grows with the file (cleaning and placing a result, uploading it
   * to Penpot, re-encoding a large image): the limit only stands in for an answer that never comes.
   */
  fileWorkReplyMs: 5 * 60_000,
} as const;

/**
 * What a designer reads when something goes wrong: every error code, and the
 * one way to build a UserError. The sentences live in this folder only, one
 * entry each, grouped by area (key.ts, gateway.ts, task.ts, result-file.ts,
 * placing.ts, history-files.ts, sets.ts, tools.ts, brand.ts, unexpected.ts).
 * Code elsewhere names an entry (`userError(noKey)`) and never writes a
 * sentence of its own, so one failure always reads the same wherever it
 * surfaces (task list, key panel, banner, History), and the UI shows the
 * sentence as it is: it never rewrites one by code, which once turned "no key
 * is saved" into "the key was refused".
 *
 * Each entry is an export of its own, not a key of one big table, so a bundle
 * holds only the entries its code can reach: the plugin window does not carry
 * the sandbox's sentences (SVG rejections, host refusals, History's files).
 * catalogue.ts indexes every entry by id, for the tests.
 *
 * Sentences that take parameters are functions. They never include the key:
 * server text reaches them redacted (server-message.ts, redact.ts), and so
 * does an unexpected failure's own text (asUserError).
 */

/** Every code a failure can carry, with what it means. Plain data: it crosses postMessage. */
export const ERROR_CODES = [
  'no-key', // no API key is saved (never asked the gateway)
  'invalid-key', // 401/403: the gateway refused the key
  'no-credits', // 402: top up
  'rate-limited', // 429: wait retryAfterSeconds
  'bad-request', // 400 and other refusals: the server's own message, or what to fix
  'server', // 5xx after retries, an unreadable answer, a redirected poll
  'network', // unreachable
  'ambiguous', // POST sent, outcome unknown: may have been charged, never resent
  'task-not-found', // 404 on a task, or an id never polled: unknown or expired
  'task-failed', // the gateway says the generation failed
  'untracked', // accepted (may be charged) but the plugin could not take it in to follow it
  'result-expired', // the result file is gone (404 on its URL, or no longer cached)
  'result-unreadable', // the result could not be read (no URL, bad bytes, absurd size)
  'invalid-svg', // the SVG pipeline rejected the result
  'insert-failed', // the host refused to put it on the canvas
  'insert-pending', // neither placed nor kept in History: the task stays pending for the next open
  'timeout', // still running at the deadline
  'cancelled', // the user stopped following it
  'unexpected', // anything we did not foresee: a bug, or a host failing in a way it never did before
  'controls-refused', // 400 naming `controls`: the gateway does not take brand colours (turn the option off)
] as const;

/** @public A UserError's code: it crosses from the sandbox or the runner to the UI. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What gets the designer going again; the UI offers it where it can. */
export const ERROR_ACTIONS = [
  'reenter-key',
  'top-up',
  'wait',
  'edit-prompt',
  'retry',
  'check-history',
  'keep-waiting',
  'none',
] as const;

/** @public A UserError's action: it crosses from the sandbox or the runner to the UI. */
export type ErrorAction = (typeof ERROR_ACTIONS)[number];

export interface UserError {
  readonly code: ErrorCode;
  /** One or two sentences for the designer, from an entry of this folder; never contains the key. */
  readonly message: string;
  readonly action: ErrorAction;
  readonly retryAfterSeconds?: number;
  /** HTTP status when one was received. */
  readonly status?: number;
}

type Sentence = string | ((...args: never[]) => string);

/** One failure as the designer reads it: several entries per code where they need to read different things. */
export interface Entry {
  readonly code: ErrorCode;
  readonly action: ErrorAction;
  readonly message: Sentence;
}

/** The parameters an entry's sentence takes (none for a plain sentence). */
export type SentenceArgs<E extends Entry> = E['message'] extends (...args: infer A) => string ? A : [];

/** The error an entry describes, its sentence filled in. */
export function userError<E extends Entry>(entry: E, ...args: SentenceArgs<E>): UserError {
  const message =
    typeof entry.message === 'string'
      ? entry.message
      : (entry.message as (...a: unknown[]) => string)(...args);
  return { code: entry.code, action: entry.action, message };
}

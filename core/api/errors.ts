/**
 * The one error taxonomy. Every failure a designer can meet is one of these
 * codes, carried as plain data (it crosses postMessage) with a message a
 * designer understands and the action that gets them going again.
 */

export type ErrorCode =
  | 'invalid-key' // 401/403: re-enter the key
  | 'no-credits' // 402: top up
  | 'rate-limited' // 429: wait retryAfterSeconds
  | 'bad-request' // 400: the server's own message
  | 'server' // 5xx after retries
  | 'network' // unreachable
  | 'ambiguous' // POST sent, outcome unknown: may have been charged, never resent
  | 'task-not-found' // 404 on a task: unknown or expired
  | 'task-failed' // the gateway says the generation failed
  | 'result-expired' // the result file is gone (404 on its URL)
  | 'result-unreadable' // the result could not be read (no URL, bad bytes)
  | 'invalid-svg' // the SVG pipeline rejected the result
  | 'insert-failed' // the host refused to put it on the canvas
  | 'timeout' // still running at the deadline
  | 'cancelled'; // the user stopped following it

export type ErrorAction =
  'reenter-key' | 'top-up' | 'wait' | 'edit-prompt' | 'retry' | 'check-history' | 'keep-waiting' | 'none';

export interface UserError {
  readonly code: ErrorCode;
  /** One or two sentences for the designer; never contains the key. */
  readonly message: string;
  readonly action: ErrorAction;
  readonly retryAfterSeconds?: number;
  /** HTTP status when one was received. */
  readonly status?: number;
}

/** Thrown by core code; `error` is what crosses to the UI. */
export class PluginError extends Error {
  readonly error: UserError;
  constructor(error: UserError) {
    super(error.message);
    this.name = 'PluginError';
    this.error = error;
  }
}

export function isUserError(value: unknown): value is UserError {
  const v = value as UserError | null;
  return typeof v === 'object' && v !== null && typeof v.code === 'string' && typeof v.message === 'string';
}

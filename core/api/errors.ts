import { parseRetryAfter } from './retry-after';
import { serverMessage } from './server-message';

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
  | 'insert-pending' // neither placed nor kept in History: the task stays pending for the next open
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

/** Context for mapping a response: the key to scrub from server text, and the time for HTTP-date Retry-After. */
export interface ResponseContext {
  readonly apiKey?: string | null;
  readonly now?: number;
}

/**
 * Maps an HTTP error answer from the gateway to the taxonomy. The server's
 * text is shown only where it helps (400), trimmed and scrubbed of the key.
 *
 * @example
 * errorFromResponse(429, '', '5').retryAfterSeconds; // 5
 */
export function errorFromResponse(
  status: number,
  bodyText: string,
  retryAfter?: string | null,
  context: ResponseContext = {},
): UserError {
  const said = serverMessage(bodyText, context.apiKey);
  if (status === 401 || status === 403) {
    return {
      code: 'invalid-key',
      status,
      action: 'reenter-key',
      message: 'The API key was refused. Re-enter it in Settings (API in One keys start with "aio_").',
    };
  }
  if (status === 402) {
    return {
      code: 'no-credits',
      status,
      action: 'top-up',
      message: 'Your API in One balance has run out of credits. Top up at apiin.one, then try again.',
    };
  }
  if (status === 429) return rateLimitedError(parseRetryAfter(retryAfter, context.now), status);
  if (status >= 500) return serverError(status);
  if (status === 404) {
    return {
      code: 'bad-request',
      status,
      action: 'none',
      message: 'The gateway has no such address (HTTP 404). Check the API base URL under Advanced.',
    };
  }
  const detail = said ? `: ${said}` : ` (HTTP ${status}).`;
  return {
    code: 'bad-request',
    status,
    action: 'edit-prompt',
    message: `The gateway refused the request${detail}`,
  };
}

export function rateLimitedError(retryAfterSeconds?: number, status = 429): UserError {
  const wait = retryAfterSeconds === undefined ? 'a moment' : `${retryAfterSeconds} s`;
  return {
    code: 'rate-limited',
    status,
    action: 'wait',
    retryAfterSeconds,
    message: `The gateway is busy (too many requests). Wait ${wait} and try again.`,
  };
}

export function serverError(status?: number): UserError {
  const detail = status === undefined ? 'sent an unreadable answer' : `had a problem (HTTP ${status})`;
  return {
    code: 'server',
    status,
    action: 'retry',
    message: `The gateway ${detail}. Try again in a moment.`,
  };
}

export function networkError(): UserError {
  return {
    code: 'network',
    action: 'retry',
    message: "Couldn't reach the gateway. Check your connection and the API base URL, then try again.",
  };
}

/** What a redirect answer told us: where to (an origin, when readable), and whether the host's fetch followed it anyway. */
export interface RedirectSeen {
  readonly target?: string;
  readonly followed: boolean;
  readonly status?: number;
}

/**
 * An API call answered with a redirect. API calls are made with
 * `redirect: 'manual'`, so the key and the body never go where a gateway
 * points. A redirected generation is not an accepted one: nothing was
 * generated, and it is never replayed. A redirected poll is a missed poll
 * (`server`, transient): the task is kept and polled again until its deadline.
 */
export function redirectedError(redirect: RedirectSeen, call: 'generation' | 'poll'): UserError {
  const where = redirect.target ? ` to ${redirect.target}` : '';
  const what = call === 'generation' ? 'the request' : 'the task check';
  // A browser's opaque redirect has no status to report.
  const status = redirect.status === undefined ? {} : { status: redirect.status };
  if (call === 'poll') {
    const fate = redirect.followed ? 'this host followed it' : 'it was not followed';
    return {
      code: 'server',
      action: 'retry',
      ...status,
      message: `The gateway redirected ${what}${where}; ${fate}. Check the API base URL under Advanced.`,
    };
  }
  if (redirect.followed) {
    // The host's fetch ignored 'manual': the body went to the target, so the outcome is unknown.
    return {
      code: 'ambiguous',
      action: 'check-history',
      ...status,
      message: `The gateway redirected ${what}${where} and this host followed it, so it may have been sent and charged there. Check your gateway dashboard and the API base URL under Advanced before trying again.`,
    };
  }
  return {
    code: 'bad-request',
    action: 'none',
    ...status,
    message: `The gateway redirected ${what}${where}; it was not followed. A redirect is not an accepted generation, so nothing was generated: check your gateway dashboard to be sure, and the API base URL under Advanced.`,
  };
}

/** A POST whose outcome is unknown: never resent, the designer decides. */
export function ambiguousError(): UserError {
  return {
    code: 'ambiguous',
    action: 'check-history',
    message:
      "We couldn't confirm the generation was accepted. It may have been charged; check History/your gateway dashboard before trying again.",
  };
}

export function timeoutError(waitedMs: number): UserError {
  const minutes = Math.max(1, Math.round(waitedMs / 60_000));
  return {
    code: 'timeout',
    action: 'keep-waiting',
    message: `Still running after ${minutes} min. Keep waiting, or stop following it (it may still be charged).`,
  };
}

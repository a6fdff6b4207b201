import {
  ERROR_ACTIONS,
  ERROR_CODES,
  userError,
  type Entry,
  type SentenceArgs,
  type UserError,
} from '../errors/user-error';
import {
  ambiguous,
  network,
  noSuchAddress,
  rateLimited,
  redirectedFollowed,
  redirectedPoll,
  redirectedRefused,
  requestRefused,
  server,
} from '../errors/gateway';
import { invalidKey, noCredits } from '../errors/key';
import { timeout } from '../errors/task';
import { unexpected, type UnexpectedContext } from '../errors/unexpected';
import { redactSecrets } from './redact';
import { parseRetryAfter } from './retry-after';
import { serverMessage } from './server-message';

/**
 * The one error taxonomy: every failure a designer can meet is a UserError
 * from core/errors/ (codes, actions, one entry per sentence),
 * carried as plain data (it crosses postMessage). Here: the error thrown by
 * core code, the one way to turn anything caught into a UserError, and the
 * mapping of the gateway's answers.
 */
export type { UserError };

/** Thrown by core code; `error` is what crosses to the UI. */
export class PluginError extends Error {
  readonly error: UserError;
  constructor(error: UserError) {
    super(error.message);
    this.name = 'PluginError';
    this.error = error;
  }
}

/** An entry's error (core/errors/), thrown. */
export function pluginError<E extends Entry>(entry: E, ...args: SentenceArgs<E>): PluginError {
  return new PluginError(userError(entry, ...args));
}

export function isUserError(value: unknown): value is UserError {
  const v = value as UserError | null;
  return typeof v === 'object' && v !== null && typeof v.code === 'string' && typeof v.message === 'string';
}

/** A stopped task, a refused key or none at all: the task is kept and carries on once a valid key is saved. */
export function isKeyError(error: UserError): boolean {
  return error.code === 'invalid-key' || error.code === 'no-key';
}

/** Enough of a cause's own text to tell one failure from another, without flooding a sentence. */
const MAX_CAUSE_CHARS = 160;

/**
 * Anything caught, as the error the designer reads: a PluginError's own
 * error; a UserError as it is (copied, so a hostile object cannot change it
 * later); anything else is `unexpected`, saying where (`context`) and the
 * cause's own text, redacted. Never labelled as something it was not
 * foreseen to be (a storage write failing is not a refused insertion), and
 * never throws, whatever was thrown (a throwing getter, a revoked proxy).
 */
export function asUserError(caught: unknown, context: UnexpectedContext): UserError {
  try {
    if (caught instanceof PluginError) return caught.error;
    return knownError(caught) ?? userError(unexpected, context, causeText(caught));
  } catch {
    return userError(unexpected, context);
  }
}

/** The text an Error or a thrown string carries, redacted and cut; undefined for anything else. */
export function causeText(caught: unknown): string | undefined {
  try {
    const raw = caught instanceof Error ? caught.message : typeof caught === 'string' ? caught : undefined;
    if (typeof raw !== 'string') return undefined;
    const text = redactSecrets(raw).replace(/\s+/g, ' ').trim();
    if (!text) return undefined;
    return text.length > MAX_CAUSE_CHARS ? `${text.slice(0, MAX_CAUSE_CHARS - 1)}…` : text;
  } catch {
    return undefined;
  }
}

/** A UserError thrown as a value, rebuilt from its known fields; undefined when it is not one. */
function knownError(caught: unknown): UserError | undefined {
  if (!isUserError(caught)) return undefined;
  const { code, message, action, status, retryAfterSeconds } = caught;
  if (!(ERROR_CODES as readonly string[]).includes(code) || typeof message !== 'string') return undefined;
  const known: UserError = {
    code,
    message,
    action: (ERROR_ACTIONS as readonly string[]).includes(action) ? action : 'retry',
  };
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  return {
    ...known,
    ...(finite(status) ? { status } : {}),
    ...(finite(retryAfterSeconds) ? { retryAfterSeconds } : {}),
  };
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
  if (status === 401 || status === 403) return { ...userError(invalidKey), status };
  if (status === 402) return { ...userError(noCredits), status };
  if (status === 429) return rateLimitedError(parseRetryAfter(retryAfter, context.now), status);
  if (status >= 500) return serverError(status);
  if (status === 404) return { ...userError(noSuchAddress), status };
  return { ...userError(requestRefused, status, said), status };
}

function rateLimitedError(retryAfterSeconds?: number, status = 429): UserError {
  return { ...userError(rateLimited, retryAfterSeconds), status, retryAfterSeconds };
}

export function serverError(status?: number): UserError {
  return { ...userError(server, status), ...(status === undefined ? {} : { status }) };
}

export function networkError(): UserError {
  return userError(network);
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
  // A browser's opaque redirect has no status to report.
  const status = redirect.status === undefined ? {} : { status: redirect.status };
  if (call === 'poll') return { ...userError(redirectedPoll, redirect.target, redirect.followed), ...status };
  // The host's fetch ignored 'manual': the body went to the target, so the outcome is unknown.
  if (redirect.followed) return { ...userError(redirectedFollowed, redirect.target), ...status };
  return { ...userError(redirectedRefused, redirect.target), ...status };
}

/** A POST whose outcome is unknown: never resent, the designer decides. */
export function ambiguousError(): UserError {
  return userError(ambiguous);
}

export function timeoutError(waitedMs: number): UserError {
  return userError(timeout, waitedMs);
}

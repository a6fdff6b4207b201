/**
 * The gateway and the request: busy, failing, unreachable, redirected, refused,
 * and what is certain about a request that got no answer (issue 12).
 */
import type { Entry } from './user-error';

const to = (target: string | undefined) => (target ? ` to ${target}` : '');

export const rateLimited = {
  code: 'rate-limited',
  action: 'wait',
  message: (retryAfterSeconds?: number) =>
    `The gateway is busy (too many requests). Wait ${
      retryAfterSeconds === undefined ? 'a moment' : `${Math.ceil(retryAfterSeconds)} s`
    } and try again.`,
} satisfies Entry;

export const server = {
  code: 'server',
  action: 'retry',
  message: (status?: number) =>
    `The gateway ${status === undefined ? 'sent an unreadable answer' : `had a problem (HTTP ${status})`}. Try again in a moment.`,
} satisfies Entry;

export const network = {
  code: 'network',
  action: 'retry',
  message: "Couldn't reach the gateway. Check your connection and the API base URL, then try again.",
} satisfies Entry;

export const apiBaseInvalid = {
  code: 'bad-request',
  action: 'none',
  message: 'The API base URL is not a valid http(s) address. Check it under Advanced.',
} satisfies Entry;

export const noSuchAddress = {
  code: 'bad-request',
  action: 'none',
  message: 'The gateway has no such address (HTTP 404). Check the API base URL under Advanced.',
} satisfies Entry;

export const requestRefused = {
  code: 'bad-request',
  action: 'edit-prompt',
  /** `said`: the server's own words, already trimmed and redacted. */
  message: (status: number, said?: string) =>
    said ? `The gateway refused the request: ${said}` : `The gateway refused the request (HTTP ${status}).`,
} satisfies Entry;

export const promptLength = {
  code: 'bad-request',
  action: 'edit-prompt',
  message: (length: number, min: number, max: number) =>
    `The prompt must be ${min} to ${max} characters (it has ${length}).`,
} satisfies Entry;

export const redirectedPoll = {
  code: 'server',
  action: 'retry',
  message: (target: string | undefined, followed: boolean) =>
    `The gateway redirected the task check${to(target)}; ${
      followed ? 'this host followed it' : 'it was not followed'
    }. Check the API base URL under Advanced.`,
} satisfies Entry;

export const redirectedFollowed = {
  code: 'ambiguous',
  action: 'check-history',
  message: (target?: string) =>
    `The gateway redirected the request${to(target)} and this host followed it, so it may have been sent and charged there. Check your gateway dashboard and the API base URL under Advanced before trying again.`,
} satisfies Entry;

export const redirectedRefused = {
  code: 'bad-request',
  action: 'none',
  message: (target?: string) =>
    `The gateway redirected the request${to(target)}; it was not followed. A redirect is not an accepted generation, so nothing was generated: check your gateway dashboard to be sure, and the API base URL under Advanced.`,
} satisfies Entry;

export const ambiguous = {
  code: 'ambiguous',
  action: 'check-history',
  message:
    "We couldn't confirm the generation was accepted. It may have been charged, so it was not resent: check History or your gateway dashboard before trying again.",
} satisfies Entry;

/** A POST whose connection was certainly never made (the client saw it refused): nothing reached the gateway. */
export const notSent = {
  code: 'network',
  action: 'retry',
  message:
    'Could not connect to the gateway: nothing was sent, nothing charged. Check your connection and the API base URL under Advanced, then try again.',
} satisfies Entry;

/**
 * A POST that failed without an answer (a browser says no more than that), after which the API base could
 * not be reached either: most likely it never left, but that is not proven, so it is not resent.
 */
export const notConnected = {
  code: 'ambiguous',
  action: 'check-history',
  message:
    'Could not connect to the gateway: most likely nothing was sent. It was not resent in case it did arrive: check your connection and the API base URL under Advanced before trying again.',
} satisfies Entry;

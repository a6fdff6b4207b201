/**
 * What a paid POST that got no answer reads as. A browser's fetch says only "Failed to fetch": the request
 * may have reached the gateway (a reset or a drop after sending) or never left (refused, no network, an
 * address the host does not allow), so it is never resent and its charge notice is kept either way. What
 * can be learnt is whether the API base is reachable at all: one GET without the key (nothing to charge,
 * nothing to leak) to the base itself. When that cannot connect either, the likely story is told, hedged
 * ("most likely nothing was sent"); an answer of any kind, or none in time, keeps the plain "may have been
 * charged".
 */
import { apiUrl } from './api-request';
import { ambiguousError, type UserError } from './errors';
import { notConnected } from '../errors/gateway';
import { userError } from '../errors/user-error';
import { RequestTimeout, withTimeoutAsync } from './fetch-failure';
import type { Clock, FetchLike } from './http';

/** A refused connection fails at once; one that hangs this long proves nothing. */
export const PROBE_MS = 5_000;

/**
 * `no-cors`: a browser then resolves with an opaque answer from any server that answers, so its CORS rules
 * cannot make a reachable gateway look unreachable; it throws only when no connection was made. Redirects
 * are the fetch's default (a no-cors request may not ask for `manual`); the probe carries nothing to leak.
 */
async function baseUnreachableAsync(fetch: FetchLike, apiBase: string, clock: Clock): Promise<boolean> {
  try {
    const probe = fetch(apiUrl(apiBase, ''), { method: 'GET', mode: 'no-cors' });
    await withTimeoutAsync(probe, clock, PROBE_MS);
    return false;
  } catch (error) {
    return !(error instanceof RequestTimeout);
  }
}

/** The error of a POST that threw without an answer (code ambiguous either way: never resent, notice kept). */
export async function lostPostErrorAsync(
  fetch: FetchLike,
  apiBase: string,
  clock: Clock,
): Promise<UserError> {
  return (await baseUnreachableAsync(fetch, apiBase, clock)) ? userError(notConnected) : ambiguousError();
}

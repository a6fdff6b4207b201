/**
 * What a thrown fetch tells us. Only a connection that was never made is
 * certainly unsent (Node: TypeError with `cause.code` ECONNREFUSED and kin).
 * A browser's opaque "Failed to fetch", a reset or a drop may have reached
 * the gateway: for a POST that is ambiguous and never resent.
 */
import type { Clock } from './http';

const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Whether the request certainly never left (no connection was ever made). */
export function neverConnected(error: unknown): boolean {
  return errorCodes(error, 0).some((code) => NEVER_CONNECTED.has(code));
}

function errorCodes(error: unknown, depth: number): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof record.code === 'string' ? [record.code] : [];
  // Happy-eyeballs connects give an AggregateError: every address must have refused.
  const nested = Array.isArray(record.errors) ? record.errors : [];
  const all = nested.map((e) => errorCodes(e, depth + 1));
  const fromAll = all.length > 0 && all.every((codes) => codes.some((c) => NEVER_CONNECTED.has(c)));
  return [...own, ...errorCodes(record.cause, depth + 1), ...(fromAll ? ['ECONNREFUSED'] : [])];
}

/** Rejected by withTimeoutAsync when the time ran out. */
export class RequestTimeout extends Error {
  constructor() {
    super('Request timed out');
    this.name = 'RequestTimeout';
  }
}

/** Races a request against the clock; the late request is abandoned (FetchLike has no abort). */
export function withTimeoutAsync<T>(promise: Promise<T>, clock: Clock, ms: number): Promise<T> {
  let settled = false;
  return new Promise<T>((resolve, reject) => {
    promise.then(
      (value) => {
        settled = true;
        resolve(value);
      },
      (error: unknown) => {
        settled = true;
        reject(error);
      },
    );
    void clock.sleep(ms).then(() => {
      if (!settled) reject(new RequestTimeout());
    });
  });
}

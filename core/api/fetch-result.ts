/**
 * Downloads a finished task's file. Result URLs may live on another origin
 * (a CDN), so no Authorization header is ever sent with them. The bytes
 * decide what the result is (SVG text or a sniffed image), not the URL.
 *
 * The result is paid for, so a passing fault never gives it up: 429
 * (honouring Retry-After), 5xx, a reset or dropped connection, no answer in
 * time, or a file that arrived cut short are retried with capped,
 * jittered exponential back-off until the URL's own expiry, or for
 * TIMEOUTS.downloadRetryWindowMs when it names none. Only a definite answer ends it
 * at once: 401/403/404/410 (the file is gone), or a whole file that is still
 * not a result.
 */
import { fromBase64 } from '../bytes/base64';
import { decodeUtf8, utf8Length } from '../bytes/utf8';
import { sniffImage } from '../images/image-size';
import type { OutputKind } from '../models/catalogue';
import { faultDelayMs } from '../tasks/schedule';
import type { ResultPayload, TaskSnapshot } from '../tasks/types';
import { defaultClock } from './default-clock';
import { type DownloadFault, resultHttpError, resultNoFile, resultNotAFile } from '../errors/result-file';
import { PluginError, pluginError } from './errors';
import { RequestTimeout, withTimeoutAsync } from './fetch-failure';
import { isSvgText } from './find-results';
import { headerOf, type Clock, type FetchLike, type FetchResponseLike } from './http';
import { wholeness, svgWholeness } from './result-whole';
import { resultByteLimit } from './result-size';
import { parseRetryAfter } from './retry-after';
import { cancelledError, resultExpiredError, resultGaveUpError, resultTooLargeError } from './task-errors';
import { TIMEOUTS } from './timeouts';
import { urlExpiry } from './url-expiry';

/** Statuses that say the file is gone for good (signed URLs answer 401/403 once expired). */
const GONE = new Set([401, 403, 404, 410]);

/** Statuses that say "not now": the same file may well come on the next try. */
const PASSING = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

export interface FetchResultOptions {
  readonly clock?: Clock;
  /** Jitter for the back-off; injected for repeatable tests. */
  readonly random?: () => number;
  /** Per request (ms). */
  readonly timeoutMs?: number;
  /** Checked before every retry: a stopped follow loop ends its download too. */
  readonly stopped?: () => boolean;
}

export async function fetchResultAsync(
  fetch: FetchLike,
  snapshot: TaskSnapshot,
  output: OutputKind,
  options: FetchResultOptions = {},
): Promise<ResultPayload> {
  if (snapshot.svg !== undefined && (output === 'vector' || snapshot.urls.length === 0)) {
    return svgPayload(snapshot.svg);
  }
  const url = pickUrl(snapshot.urls, output);
  if (!url) throw pluginError(resultNoFile);
  if (url.startsWith('data:')) return payloadFromBytes(fromBase64(url.slice(url.indexOf(',') + 1)));
  const clock = options.clock ?? defaultClock();
  const random = options.random ?? Math.random;
  const started = clock.now();
  const expiresAt = urlExpiry(url);
  const expiryKnown = expiresAt !== undefined && expiresAt > started;
  const deadline = expiryKnown ? expiresAt : started + TIMEOUTS.downloadRetryWindowMs;
  for (let faults = 1; ; faults++) {
    if (options.stopped?.()) throw new PluginError(cancelledError());
    const limit = resultByteLimit(output);
    const attempt = await attemptAsync(fetch, url, clock, options.timeoutMs ?? TIMEOUTS.downloadMs, limit);
    if ('payload' in attempt) return attempt.payload;
    const wait = Math.max(faultDelayMs(faults, random), attempt.retryAfterMs ?? 0);
    if (clock.now() + wait > deadline) {
      // Past its own expiry the link is dead; past our window it may live on, on the gateway's dashboard.
      throw new PluginError(
        expiryKnown ? resultExpiredError() : resultGaveUpError(attempt.fault, TIMEOUTS.downloadRetryWindowMs),
      );
    }
    await clock.sleep(wait);
  }
}

/** One try: the payload, a passing fault to retry (named for the designer), or a definite error thrown. */
type Attempt =
  { readonly payload: ResultPayload } | { readonly fault: DownloadFault; readonly retryAfterMs?: number };

async function attemptAsync(
  fetch: FetchLike,
  url: string,
  clock: Clock,
  timeoutMs: number,
  limitBytes: number,
): Promise<Attempt> {
  let response: FetchResponseLike;
  try {
    // Deliberately no headers: the key belongs to the API origin only.
    response = await withTimeoutAsync(fetch(url, { method: 'GET' }), clock, timeoutMs);
  } catch (error) {
    return { fault: error instanceof RequestTimeout ? 'no-answer' : 'connection' };
  }
  const status = response.status;
  if (GONE.has(status)) throw new PluginError(resultExpiredError());
  if (PASSING(status)) {
    const seconds = parseRetryAfter(headerOf(response, 'retry-after'), clock.now());
    return { fault: status, ...(seconds === undefined ? {} : { retryAfterMs: seconds * 1000 }) };
  }
  if (!response.ok) throw pluginError(resultHttpError, status);
  refuseOverLimit(Number(headerOf(response, 'content-length')), limitBytes);
  let body: Uint8Array | string;
  try {
    body = response.arrayBuffer
      ? new Uint8Array(await withTimeoutAsync(response.arrayBuffer(), clock, timeoutMs))
      : // A fetch that cannot read bytes can still read an SVG.
        await withTimeoutAsync(response.text(), clock, timeoutMs);
  } catch (error) {
    return { fault: error instanceof RequestTimeout ? 'no-answer' : 'broke-off' };
  }
  refuseOverLimit(typeof body === 'string' ? utf8Length(body) : body.length, limitBytes);
  return typeof body === 'string' ? fromText(body) : fromBytes(body, response);
}

/** A definite answer, not a passing fault: the same file would be as large on the next try. */
function refuseOverLimit(bytes: number, limitBytes: number): void {
  if (Number.isFinite(bytes) && bytes > limitBytes) {
    throw new PluginError(resultTooLargeError(bytes, limitBytes));
  }
}

/**
 * A file cut short is a passing fault: its format says it ends later, or (for
 * what no format can judge) fewer bytes came than Content-Length announced.
 * A body whose format says it is whole is trusted over the header: a transfer
 * encoding the browser hides from cross-origin reads can decode shorter.
 */
const CUT_SHORT: Attempt = { fault: 'cut-short' };

function fromBytes(bytes: Uint8Array, response: FetchResponseLike): Attempt {
  const image = wholeness(bytes);
  if (image === 'cut') return CUT_SHORT;
  if (image === 'whole') return { payload: payloadFromBytes(bytes) };
  const text = decodeUtf8(withoutBom(bytes));
  const svg = svgWholeness(text);
  if (svg === 'cut' || (svg === 'unknown' && shortOfDeclared(bytes.length, response))) return CUT_SHORT;
  return { payload: svgPayload(text) };
}

function fromText(text: string): Attempt {
  return text.trim() === '' || svgWholeness(text) === 'cut' ? CUT_SHORT : { payload: svgPayload(text) };
}

function shortOfDeclared(received: number, response: FetchResponseLike): boolean {
  const declared = Number(headerOf(response, 'content-length'));
  const encoding = headerOf(response, 'content-encoding')?.trim().toLowerCase();
  const encoded = encoding !== undefined && encoding !== '' && encoding !== 'identity';
  return !encoded && Number.isInteger(declared) && received < declared;
}

/** Vector models: the .svg file first; raster models: anything but it. */
/**
 * The gateway's http(s) URL of the file a finished task's result is downloaded from, or undefined when
 * there is none (an inline drawing, a data: URL): what a raster tool may later be given.
 */
export function resultUrlOf(snapshot: TaskSnapshot, output: OutputKind): string | undefined {
  const url = pickUrl(snapshot.urls, output);
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

function pickUrl(urls: readonly string[], output: OutputKind): string | undefined {
  const isSvg = (url: string) => /\.svg(\?|#|$)/i.test(url) || /^data:image\/svg/i.test(url);
  const preferred = urls.find((url) => isSvg(url) === (output === 'vector'));
  return preferred ?? urls[0];
}

function payloadFromBytes(bytes: Uint8Array): ResultPayload {
  const image = sniffImage(bytes);
  if (image) return { kind: 'image', bytes, ...image };
  return svgPayload(decodeUtf8(withoutBom(bytes)));
}

function withoutBom(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(0, 3).join() === '239,187,191' ? bytes.subarray(3) : bytes;
}

function svgPayload(text: string): ResultPayload {
  const svg = text.trim();
  if (!isSvgText(svg)) throw pluginError(resultNotAFile);
  return { kind: 'svg', svg };
}

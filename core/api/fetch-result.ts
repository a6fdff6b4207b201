/**
 * Downloads a finished task's file. Result URLs may live on another origin
 * (a CDN), so no Authorization header is ever sent with them. The bytes
 * decide what the result is (SVG text or a sniffed image), not the URL.
 */
import { fromBase64 } from '../bytes/base64';
import { decodeUtf8 } from '../bytes/utf8';
import { sniffImage } from '../images/image-size';
import type { OutputKind } from '../models/catalogue';
import type { ResultPayload, TaskSnapshot } from '../tasks/types';
import { defaultClock } from './default-clock';
import { networkError, PluginError, serverError } from './errors';
import { withTimeoutAsync } from './fetch-failure';
import { isSvgText } from './find-results';
import type { Clock, FetchLike, FetchResponseLike } from './http';
import { resultExpiredError, resultUnreadableError } from './task-errors';

export interface FetchResultOptions {
  readonly clock?: Clock;
  /** Attempts per file for network faults and 5xx (a GET is free to repeat). */
  readonly attempts?: number;
  readonly timeoutMs?: number;
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
  if (!url) throw unreadable('the gateway reported success but sent no result file.');
  if (url.startsWith('data:')) return payloadFromBytes(fromBase64(url.slice(url.indexOf(',') + 1)));
  const clock = options.clock ?? defaultClock();
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await downloadAsync(fetch, url, clock, options.timeoutMs ?? 60_000);
    } catch (error) {
      const transient = !(error instanceof PluginError) || error.error.code === 'server';
      if (!transient) throw error;
      if (attempt >= attempts) throw error instanceof PluginError ? error : new PluginError(networkError());
      await clock.sleep(1000 * 2 ** (attempt - 1));
    }
  }
}

/** Vector models: the .svg file first; raster models: anything but it. */
function pickUrl(urls: readonly string[], output: OutputKind): string | undefined {
  const isSvg = (url: string) => /\.svg(\?|#|$)/i.test(url) || /^data:image\/svg/i.test(url);
  const preferred = urls.find((url) => isSvg(url) === (output === 'vector'));
  return preferred ?? urls[0];
}

async function downloadAsync(fetch: FetchLike, url: string, clock: Clock, timeoutMs: number) {
  // Deliberately no headers: the key belongs to the API origin only.
  const response = await withTimeoutAsync(fetch(url, { method: 'GET' }), clock, timeoutMs);
  if ([401, 403, 404, 410].includes(response.status)) throw new PluginError(resultExpiredError());
  if (response.status >= 500) throw new PluginError(serverError(response.status));
  if (!response.ok) throw unreadable(`the file answered HTTP ${response.status}.`);
  return payloadFromResponseAsync(response, clock, timeoutMs);
}

async function payloadFromResponseAsync(
  response: FetchResponseLike,
  clock: Clock,
  timeoutMs: number,
): Promise<ResultPayload> {
  if (response.arrayBuffer) {
    const buffer = await withTimeoutAsync(response.arrayBuffer(), clock, timeoutMs);
    return payloadFromBytes(new Uint8Array(buffer));
  }
  // A fetch that cannot read bytes can still read an SVG.
  return svgPayload(await withTimeoutAsync(response.text(), clock, timeoutMs));
}

function payloadFromBytes(bytes: Uint8Array): ResultPayload {
  const image = sniffImage(bytes);
  if (image) return { kind: 'image', bytes, ...image };
  return svgPayload(decodeUtf8(bytes.subarray(0, 3).join() === '239,187,191' ? bytes.subarray(3) : bytes));
}

function svgPayload(text: string): ResultPayload {
  const svg = text.trim();
  if (!isSvgText(svg)) throw unreadable('the file is neither SVG nor a PNG, JPEG, GIF or WebP image.');
  return { kind: 'svg', svg };
}

function unreadable(why: string): PluginError {
  return new PluginError(resultUnreadableError(why));
}

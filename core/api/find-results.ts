/**
 * Finds result files in a task answer wherever gateways put them:
 * `output.*_url` (string or array), `*_url`, `response_data[].*_url`,
 * `result.urls[]`, `result.images[].url`, `images[].url`, `output[]`
 * (strings or `{url}`), `data[].url`, `output.url`; and inline SVG text or
 * `data:image/svg+xml` URLs anywhere in the answer.
 */
import { fromBase64 } from '../bytes/base64';
import { decodeUtf8 } from '../bytes/utf8';
import type { JsonRecord } from './json-shape';

/** Keys that may hold results (besides any `*_url`). */
const RESULT_KEYS = new Set([
  'url',
  'urls',
  'output',
  'outputs',
  'result',
  'results',
  'images',
  'image',
  'response_data',
  'data',
  'files',
  'file',
  'svg',
]);

/** `*_url` keys that name the request's inputs or callbacks, never a result. */
const NOT_RESULTS =
  /^(callback|webhook|notify|input|source|reference|ref|init|mask|style|control|request|cancel|get|status)/i;

/** Request echoes: a prompt may quote an URL or even SVG text. */
const SKIPPED_KEYS = new Set(['request_body', 'request', 'input', 'params', 'parameters', 'prompt', 'meta']);

const MAX_DEPTH = 6;

export interface FoundResults {
  readonly urls: string[];
  readonly svg?: string;
}

export function findResults(layers: readonly JsonRecord[]): FoundResults {
  const urls: string[] = [];
  const svgs: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number, resultish: boolean): void => {
    if (depth > MAX_DEPTH || seen.has(value)) return;
    if (typeof value === 'string') return collectString(value, resultish, urls, svgs);
    if (typeof value !== 'object' || value === null) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1, resultish));
    for (const [key, child] of Object.entries(value as JsonRecord)) {
      if (SKIPPED_KEYS.has(key)) continue;
      // Inline SVG counts wherever it appears; URLs only under result-like keys.
      visit(child, depth + 1, isResultKey(key, child) || (resultish && !NOT_RESULTS.test(key)));
    }
  };
  for (const layer of layers) visit(layer, 0, false);
  return { urls: [...new Set(urls)], svg: svgs[0] };
}

function isResultKey(key: string, child: unknown): boolean {
  // An envelope's `data` object is the task itself; only Recraft's `data: [{url}]` is a result list.
  if (key === 'data') return Array.isArray(child);
  if (RESULT_KEYS.has(key)) return true;
  return /(_url|Url|_urls|Urls)$/.test(key) && !NOT_RESULTS.test(key);
}

function collectString(value: string, resultish: boolean, urls: string[], svgs: string[]): void {
  const trimmed = value.trim();
  if (isSvgText(trimmed)) {
    svgs.push(trimmed);
    return;
  }
  if (!resultish) return;
  if (/^data:image\/svg\+xml/i.test(trimmed)) {
    const svg = svgFromDataUrl(trimmed);
    if (svg) svgs.push(svg);
    return;
  }
  if (/^https?:\/\/\S+$/i.test(trimmed) || /^data:image\/[a-z+.-]+;base64,/i.test(trimmed))
    urls.push(trimmed);
}

/** SVG markup: starts with `<svg`, or with an XML prolog/comment/doctype and holds an `<svg` element. */
export function isSvgText(value: string): boolean {
  const head = value.slice(0, 4096).trimStart();
  if (/^<svg[\s>]/i.test(head)) return true;
  return /^<(\?xml|!--|!doctype)/i.test(head) && /<svg[\s>]/i.test(value);
}

/** Decodes a `data:image/svg+xml[;base64],…` URL; undefined when it is not SVG after all. */
function svgFromDataUrl(url: string): string | undefined {
  const comma = url.indexOf(',');
  if (comma < 0) return undefined;
  const meta = url.slice(0, comma);
  const payload = url.slice(comma + 1);
  try {
    const svg = /;base64$/i.test(meta) ? decodeUtf8(fromBase64(payload)) : decodeURIComponent(payload);
    return isSvgText(svg.trim()) ? svg.trim() : undefined;
  } catch {
    return undefined;
  }
}

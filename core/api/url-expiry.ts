/**
 * When a signed result URL stops working, if it says: AWS SigV4 and Google
 * V4 (`X-Amz-Date` / `X-Goog-Date` plus `…-Expires` seconds), the older
 * `Expires=<epoch seconds>` (S3 v2, CloudFront, GCS v2) and Azure SAS
 * (`se=<ISO date>`). Read by hand: neither sandbox realm is sure to have URL.
 *
 * @example
 * urlExpiry('https://cdn.test/a.png?Expires=1700000000'); // 1700000000000
 */

/** Epoch ms after which the URL is dead, or undefined when it does not say. */
export function urlExpiry(url: string): number | undefined {
  const params = queryParams(url);
  for (const prefix of ['x-amz-', 'x-goog-']) {
    const start = compactDate(params.get(`${prefix}date`));
    const seconds = Number(params.get(`${prefix}expires`));
    if (start !== undefined && Number.isFinite(seconds) && seconds > 0) return start + seconds * 1000;
  }
  const epoch = params.get('expires');
  if (epoch !== undefined && /^\d{9,11}$/.test(epoch)) return Number(epoch) * 1000;
  const azure = params.get('se');
  const at = azure === undefined ? NaN : Date.parse(azure);
  return Number.isNaN(at) ? undefined : at;
}

/** Query parameters, names lower-cased, values decoded; the first of a repeated name wins. */
function queryParams(url: string): Map<string, string> {
  const params = new Map<string, string>();
  const query = url.split('#')[0]!.split('?')[1] ?? '';
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
    if (key && !params.has(key)) params.set(key, eq < 0 ? '' : decode(pair.slice(eq + 1)));
  }
  return params;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `20240101T120000Z` (SigV4's form) as epoch ms. */
function compactDate(value: string | undefined): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

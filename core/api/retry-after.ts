/**
 * Reads a Retry-After header: delta seconds ("30") or an HTTP date. Anything
 * unreadable gives undefined, so callers fall back to their own backoff.
 *
 * @example
 * parseRetryAfter('2', 0); // 2
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:50 GMT')); // 10
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text));
  // Only a real date: Date.parse accepts bare numbers like "-1" in some engines.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

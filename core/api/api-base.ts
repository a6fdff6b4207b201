/**
 * The one rule for an API base URL, the only address the key is sent to.
 * The UI checks what the designer types with it, the sandbox checks saved
 * settings with it (falling back to the default), and the client refuses a
 * request with it: a base that one of them took and another refused would
 * either lose the designer's setting or send the key somewhere unchecked.
 *
 * Read by hand, not with URL: neither sandbox realm is sure to have it, and
 * URL quietly drops tabs and newlines and fills in what is missing.
 *
 * @example
 * normaliseApiBase(' HTTPS://ApiIn.one/api/v1/ '); // 'https://apiin.one/api/v1'
 * normaliseApiBase('https://u@apiin.one/api');     // undefined (credentials)
 * normaliseApiBase('https://apiin.one/api/v1?x');  // undefined (query)
 */

/** Longer than any real base; bounds the work on whatever a stored value holds. */
const MAX_LENGTH = 2048;

/**
 * scheme://host[:port][/path]: no userinfo (the host has no `@`), no query or
 * fragment (the path has no `?` or `#`), no whitespace or backslash anywhere.
 * Host labels and dots never overlap, so matching stays linear.
 */
const API_BASE =
  /^(https?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]{2,45}\])(?::(\d{1,5}))?((?:\/[^\s?#\\]*)?)$/i;

/**
 * The base as the client uses it: scheme and host lower-cased, trailing
 * slashes trimmed; undefined when it is not an http(s) URL without
 * credentials, query or fragment.
 */
export function normaliseApiBase(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined;
  const match = API_BASE.exec(value.trim());
  if (!match) return undefined;
  const [, scheme, host, port, path] = match;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
  const origin = `${scheme!.toLowerCase()}://${host!.toLowerCase()}${port === undefined ? '' : `:${port}`}`;
  return origin + path!.replace(/\/+$/, '');
}

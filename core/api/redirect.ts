/**
 * Recognises a redirect answer to an API call. Calls are made with
 * `redirect: 'manual'`: Node's fetch then hands back the 3xx itself (its
 * Location readable), a browser an `opaqueredirect` response (status 0, the
 * target hidden). A host whose fetch ignores 'manual' shows `redirected`.
 * Only the target's origin is kept, redacted, for the designer to read:
 * the rest of a Location is the server's to fill with anything.
 */
import type { RedirectSeen } from './errors';
import type { FetchResponseLike } from './http';
import { headerOf } from './http';
import { redactSecrets } from './redact';

/** How API calls are made: redirects are reported, never followed. */
export const API_REDIRECT = 'manual' as const;

export function redirectOf(
  response: FetchResponseLike,
  requestUrl: string,
  apiKey?: string | null,
): RedirectSeen | undefined {
  const target = (location: string | undefined) => {
    const origin = location === undefined ? undefined : originOf(location, requestUrl);
    return origin === undefined ? {} : { target: redactSecrets(origin, apiKey) };
  };
  if (response.type === 'opaqueredirect') return { followed: false };
  if (response.status >= 300 && response.status < 400) {
    return { followed: false, status: response.status, ...target(headerOf(response, 'location')) };
  }
  if (response.redirected === true) return { followed: true, ...target(response.url) };
  return undefined;
}

/** scheme://host[:port], any userinfo dropped; only hosts made of host characters. */
const ABSOLUTE =
  /^(https?):\/\/(?:[^/?#@\s]*@)?([a-z0-9.-]{1,253}|\[[0-9a-f:.]{2,45}\])(:\d{1,5})?(?=[/?#]|$)/i;

/** The origin a Location names (absolute, scheme-relative or relative to `base`); undefined when unreadable. */
export function originOf(location: string, base: string): string | undefined {
  const text = location.trim();
  if (!text) return undefined;
  const baseMatch = ABSOLUTE.exec(base);
  if (text.startsWith('//')) return baseMatch ? originOf(`${baseMatch[1]}:${text}`, base) : undefined;
  const match = ABSOLUTE.exec(text);
  if (match) return `${match[1]!.toLowerCase()}://${match[2]!.toLowerCase()}${match[3] ?? ''}`;
  // A path (or nothing a URL parser would read as a scheme): the same origin as the request.
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || !baseMatch) return undefined;
  return originOf(base, base);
}

/**
 * Request plumbing shared by the client's calls: the URL under the API base,
 * the headers, and errors an envelope reports inside a 200 answer.
 */
import { normaliseApiBase } from './api-base';
import { PluginError } from './errors';

/** `apiBase` + path. Refuses what api-base.ts refuses, so the key never goes elsewhere by accident. */
export function apiUrl(apiBase: string, path: string): string {
  const base = normaliseApiBase(apiBase);
  if (base === undefined) {
    throw new PluginError({
      code: 'bad-request',
      action: 'none',
      message: 'The API base URL is not a valid http(s) address. Check it under Advanced.',
    });
  }
  return base + path;
}

export function authHeaders(apiKey: string, json: boolean): Record<string, string> {
  const key = apiKey.trim();
  if (!key) {
    throw new PluginError({
      code: 'invalid-key',
      action: 'reenter-key',
      message: 'No API key is set. Enter your API in One key in Settings.',
    });
  }
  const headers: Record<string, string> = { Authorization: `Bearer ${key}`, Accept: 'application/json' };
  if (json) headers['Content-Type'] = 'application/json';
  return headers;
}

/**
 * Some gateways answer HTTP 200 with `{code: 402, message: "…"}`: the
 * envelope's code is then the real status.
 */
export function envelopeError(bodyText: string): number | undefined {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const code = Number((body as { code?: unknown }).code);
  return Number.isInteger(code) && code >= 400 && code <= 599 ? code : undefined;
}

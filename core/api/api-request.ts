/**
 * Request plumbing shared by the client's calls: the URL under the API base,
 * the headers, and errors an envelope reports inside a 200 answer.
 */
import { normaliseApiBase } from './api-base';
import { pluginError } from './errors';
import { apiBaseInvalid } from '../errors/gateway';
import { noKey } from '../errors/key';

/** `apiBase` + path. Refuses what api-base.ts refuses, so the key never goes elsewhere by accident. */
export function apiUrl(apiBase: string, path: string): string {
  const base = normaliseApiBase(apiBase);
  if (base === undefined) throw pluginError(apiBaseInvalid);
  return base + path;
}

export function authHeaders(apiKey: string, json: boolean): Record<string, string> {
  const key = apiKey.trim();
  // No key is not a refused key: nothing was asked of the gateway (a task polled after Forget key).
  if (!key) throw pluginError(noKey);
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

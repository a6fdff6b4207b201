/**
 * CORS as a browser needs it. Figma's sandbox and UI iframe have a null
 * origin and Penpot's UI runs on the plugin's own origin (its iframe has
 * allow-same-origin), so only the wildcard serves both; Retry-After is
 * exposed so a page can read it on a 429.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Expose-Headers': 'Retry-After, Content-Length',
  'Access-Control-Max-Age': '600',
};

export function applyCors(request: IncomingMessage, response: ServerResponse): void {
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.setHeader(name, value);
  // Chromium's Private Network Access asks this of pages calling loopback from a less private context.
  if (request.headers['access-control-request-private-network'] === 'true') {
    response.setHeader('Access-Control-Allow-Private-Network', 'true');
  }
}

/** Answers a preflight; true when the request was one. */
export function answerPreflight(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'OPTIONS') return false;
  response.writeHead(204, { 'Content-Length': '0' });
  response.end();
  return true;
}

/**
 * The request log tests and the playground read. It records that an
 * Authorization header came, never its value: the key must not leak even
 * into a mock's log (and a POST's body, kept as it arrived, never holds it).
 */
import type { IncomingMessage } from 'node:http';
import type { LogEntry } from './types';

const LIMIT = 1000;
/** Bodies longer than this are not kept (the API's own bodies are a few hundred characters). */
const BODY_LIMIT = 65_536;

/** A POST's JSON body as it arrived, for tests to check the exact request; undefined when none or not JSON. */
function bodyOf(method: string, text: string | undefined): unknown {
  if (method !== 'POST' || text === undefined || text === '' || text.length > BODY_LIMIT) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export class RequestLog {
  private entries: LogEntry[] = [];

  /** Status 0 means no answer was sent (a dropped or reset connection). `text`: the request's body, when read. */
  record(request: IncomingMessage, path: string, status: number, at: number, text?: string): void {
    const origin = request.headers.origin;
    const method = request.method ?? 'GET';
    const body = bodyOf(method, text);
    this.entries.push({
      method,
      path,
      status,
      at,
      authorized: typeof request.headers.authorization === 'string',
      ...(origin === undefined ? {} : { origin }),
      ...(body === undefined ? {} : { body }),
    });
    if (this.entries.length > LIMIT) this.entries.splice(0, this.entries.length - LIMIT);
  }

  list(): readonly LogEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}

/**
 * The request log tests and the playground read. It records that an
 * Authorization header came, never its value: the key must not leak even
 * into a mock's log.
 */
import type { IncomingMessage } from 'node:http';
import type { LogEntry } from './types';

const LIMIT = 1000;

export class RequestLog {
  private entries: LogEntry[] = [];

  /** Status 0 means no answer was sent (a dropped or reset connection). */
  record(request: IncomingMessage, path: string, status: number, at: number): void {
    const origin = request.headers.origin;
    this.entries.push({
      method: request.method ?? 'GET',
      path,
      status,
      at,
      authorized: typeof request.headers.authorization === 'string',
      ...(origin === undefined ? {} : { origin }),
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

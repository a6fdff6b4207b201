/**
 * Faults waiting for the next matching requests. Each request takes at most
 * one fault (the oldest that matches); admin routes and preflights never do,
 * so a test can always steer the mock even while everything else fails.
 */
import type { Fault } from './types';

interface Armed {
  readonly fault: Fault;
  remaining: number;
}

export class FaultBook {
  private armed: Armed[] = [];

  add(fault: Fault): void {
    this.armed.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.armed = [];
  }

  get count(): number {
    return this.armed.length;
  }

  /** The fault that applies to this request, consumed by one use; undefined when none does. */
  take(method: string, path: string): Fault['kind'] | undefined {
    const found = this.armed.find(
      ({ fault }) =>
        (fault.method === undefined || fault.method === method) &&
        (fault.path === undefined || path.includes(fault.path)),
    );
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining <= 0) this.armed = this.armed.filter((a) => a !== found);
    return found.fault.kind;
  }
}

const KINDS = ['status', 'drop', 'reset', 'delay', 'malformed', 'redirect', 'truncate'];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

/** Checks a fault that came over HTTP; a message says what is wrong with it. */
export function parseFault(value: unknown): Fault | string {
  if (typeof value !== 'object' || value === null) return 'A fault must be an object';
  const fault = value as Record<string, unknown>;
  const kind = fault.kind as Record<string, unknown> | undefined;
  if (typeof kind !== 'object' || kind === null || !KINDS.includes(kind.type as string)) {
    return `fault.kind.type must be one of ${KINDS.join(', ')}`;
  }
  if (kind.type === 'status' && (typeof kind.status !== 'number' || kind.status < 100 || kind.status > 599)) {
    return 'fault.kind.status must be an HTTP status';
  }
  if (kind.type === 'delay' && (typeof kind.ms !== 'number' || kind.ms < 0))
    return 'fault.kind.ms must be >= 0';
  if (kind.type === 'redirect') {
    if (typeof kind.location !== 'string' || !/^https?:\/\/\S+$/i.test(kind.location)) {
      return 'fault.kind.location must be an absolute http(s) URL';
    }
    if (kind.status !== undefined && !REDIRECT_STATUSES.includes(kind.status as number)) {
      return `fault.kind.status must be one of ${REDIRECT_STATUSES.join(', ')}`;
    }
  }
  if (
    kind.type === 'truncate' &&
    kind.length !== undefined &&
    kind.length !== 'full' &&
    kind.length !== 'short'
  ) {
    return 'fault.kind.length must be "full" or "short"';
  }
  if (fault.method !== undefined && fault.method !== 'GET' && fault.method !== 'POST') {
    return 'fault.method must be GET or POST';
  }
  if (fault.path !== undefined && typeof fault.path !== 'string') return 'fault.path must be a string';
  if (fault.times !== undefined && (typeof fault.times !== 'number' || fault.times < 1)) {
    return 'fault.times must be >= 1';
  }
  return fault as unknown as Fault;
}

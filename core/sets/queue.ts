/**
 * The icon set's send queue, host-free: the UI drives it (it owns the
 * gateway client and the key) and tells it what became of each item. At
 * most `concurrency` items are in flight, counting those whose POST is out
 * (sending) and those accepted whose task has not landed or failed yet
 * (released by the caller). Items go out in list order.
 *
 * A 429 pauses the whole queue (not only the item that met it) until its
 * Retry-After, or an exponential back-off without one, puts that item back
 * at the front and lowers the concurrency by one; each later accepted send
 * raises it back by one, up to the configured limit. The gateway's limits
 * are undocumented, so the queue learns them from its answers.
 *
 * @example
 * const queue = new SetQueue({ send: (key) => postItemAsync(key), setTimer, clearTimer, now: Date.now });
 * queue.enqueue(record.items.map((item) => itemKey(item.index, item.variant)));
 * // later, when a task lands or fails: queue.release(key)
 */
import { SET_CONCURRENCY } from './types';

/** What became of one send: its POST was accepted, met a 429, or ended it (refused, ambiguous, thrown). */
export type SendOutcome =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'rate-limited'; readonly retryAfterMs?: number }
  | { readonly kind: 'failed' };

export interface SetQueueOptions {
  /** Sends one item (saves it `sending`, then POSTs it); never called for a key already in flight. */
  readonly send: (key: string) => Promise<SendOutcome>;
  readonly setTimer: (wake: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly now: () => number;
  /** Items in flight at once; SET_CONCURRENCY when absent. */
  readonly concurrency?: number;
}

export interface SetQueueState {
  /** Items whose POST is out. */
  readonly sending: readonly string[];
  /** Items accepted (or occupied after a reopen) and not released yet. */
  readonly accepted: readonly string[];
  /** Sending plus accepted: never more than `concurrency`, except items occupied after a reopen. */
  readonly inFlight: number;
  /** Items not sent yet, in the order they will go. */
  readonly waiting: readonly string[];
  /** The queue sends nothing before this time (a 429). */
  readonly pausedUntil?: number;
  /** How many may be in flight now (lowered by a 429). */
  readonly concurrency: number;
  readonly stopped: boolean;
}

/** Back-off after a 429 that names no Retry-After: 2 s, 4 s, 8 s… at most a minute. */
const BACKOFF_FIRST_MS = 2_000;
const BACKOFF_MAX_MS = 60_000;

export function backoffMs(attempt: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, attempt));
}

export class SetQueue {
  private readonly options: SetQueueOptions;
  private readonly maxConcurrency: number;
  private limit: number;
  private readonly waiting: string[] = [];
  private readonly sending = new Set<string>();
  private readonly accepted = new Set<string>();
  /** Released while their POST was still out (a task that landed before its send resolved). */
  private readonly releasedEarly = new Set<string>();
  /** Each key's position in the list, from its first enqueue: waiting items are kept in this order. */
  private readonly position = new Map<string, number>();
  private pausedUntil: number | undefined;
  private pauseTimer: unknown;
  private backoffAttempts = 0;
  private stopped = false;
  private readonly listeners = new Set<(state: SetQueueState) => void>();

  constructor(options: SetQueueOptions) {
    this.options = options;
    this.maxConcurrency = Math.max(1, Math.floor(options.concurrency ?? SET_CONCURRENCY));
    this.limit = this.maxConcurrency;
  }

  get state(): SetQueueState {
    return {
      sending: [...this.sending],
      accepted: [...this.accepted],
      inFlight: this.sending.size + this.accepted.size,
      waiting: [...this.waiting],
      ...(this.pausedUntil === undefined ? {} : { pausedUntil: this.pausedUntil }),
      concurrency: this.limit,
      stopped: this.stopped,
    };
  }

  /** Called after every change of state; returns the unsubscribe. */
  subscribe(listener: (state: SetQueueState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Items to send, in list order; a key already queued or in flight is left as it is. */
  enqueue(keys: readonly string[]): void {
    for (const key of keys) {
      if (!this.position.has(key)) this.position.set(key, this.position.size);
      if (!this.isKnown(key)) this.insertWaiting(key);
    }
    this.pump();
  }

  /** A task already in flight (found accepted after a reopen) holds a slot until released. */
  occupy(key: string): void {
    if (this.sending.has(key)) return;
    this.removeWaiting(key);
    this.accepted.add(key);
    this.changed();
  }

  /** The item's task landed or failed: its slot is free. */
  release(key: string): void {
    if (this.sending.has(key)) this.releasedEarly.add(key);
    this.accepted.delete(key);
    this.pump();
  }

  /** Sends one item again (Retry, at its own cost); false when stopped or already queued or in flight. */
  retry(key: string): boolean {
    if (this.stopped || this.isKnown(key)) return false;
    if (!this.position.has(key)) this.position.set(key, this.position.size);
    this.insertWaiting(key);
    this.pump();
    return true;
  }

  /** Stop set: nothing more is sent; sends already out finish and are reported as usual. */
  stop(): void {
    this.stopped = true;
    this.clearPause();
    this.changed();
  }

  private isKnown(key: string): boolean {
    return this.waiting.includes(key) || this.sending.has(key) || this.accepted.has(key);
  }

  private insertWaiting(key: string): void {
    const at = this.position.get(key) ?? Infinity;
    const before = this.waiting.findIndex((other) => (this.position.get(other) ?? Infinity) > at);
    if (before === -1) this.waiting.push(key);
    else this.waiting.splice(before, 0, key);
  }

  private removeWaiting(key: string): void {
    const at = this.waiting.indexOf(key);
    if (at !== -1) this.waiting.splice(at, 1);
  }

  private pump(): void {
    while (
      !this.stopped &&
      this.pausedUntil === undefined &&
      this.sending.size + this.accepted.size < this.limit &&
      this.waiting.length > 0
    ) {
      const key = this.waiting.shift()!;
      this.sending.add(key);
      void this.sendAsync(key);
    }
    this.changed();
  }

  private async sendAsync(key: string): Promise<void> {
    let outcome: SendOutcome;
    try {
      outcome = await this.options.send(key);
    } catch {
      // The caller records why; here a send that threw frees its slot like any failure.
      outcome = { kind: 'failed' };
    }
    this.sending.delete(key);
    const releasedEarly = this.releasedEarly.delete(key);
    if (outcome.kind === 'accepted') {
      if (!releasedEarly) this.accepted.add(key);
      this.backoffAttempts = 0;
      this.limit = Math.min(this.maxConcurrency, this.limit + 1);
    } else if (outcome.kind === 'rate-limited') {
      this.insertWaiting(key);
      this.limit = Math.max(1, this.limit - 1);
      this.pause(outcome.retryAfterMs);
    }
    this.pump();
  }

  private pause(retryAfterMs: number | undefined): void {
    const waitMs =
      retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0
        ? retryAfterMs
        : backoffMs(this.backoffAttempts++);
    const until = this.options.now() + waitMs;
    if (this.stopped || (this.pausedUntil !== undefined && this.pausedUntil >= until)) return;
    this.clearPause();
    this.pausedUntil = until;
    this.pauseTimer = this.options.setTimer(() => {
      this.pauseTimer = undefined;
      this.pausedUntil = undefined;
      this.pump();
    }, waitMs);
  }

  private clearPause(): void {
    if (this.pauseTimer !== undefined) this.options.clearTimer(this.pauseTimer);
    this.pauseTimer = undefined;
    this.pausedUntil = undefined;
  }

  private changed(): void {
    const state = this.state;
    for (const listener of this.listeners) listener(state);
  }
}

import { describe, expect, it } from 'vitest';
import { backoffMs, SetQueue, type SendOutcome } from '../../../core/sets/queue';
import { VirtualClock } from '../../support/virtual-clock';

/** A queue on virtual time whose sends are answered by the test (or by `answer`, after `latencyMs`). */
function harness(
  options: { concurrency?: number; latencyMs?: number; answer?: (key: string) => SendOutcome } = {},
) {
  const clock = new VirtualClock();
  const sent: string[] = [];
  const sentAt: number[] = [];
  const open = new Map<string, (outcome: SendOutcome) => void>();
  let inFlightMax = 0;
  const queue = new SetQueue({
    concurrency: options.concurrency,
    now: () => clock.now(),
    setTimer: (wake, ms) => {
      const handle = { cancelled: false };
      void clock.sleep(ms).then(() => {
        if (!handle.cancelled) wake();
      });
      return handle;
    },
    clearTimer: (handle) => {
      (handle as { cancelled: boolean }).cancelled = true;
    },
    send: (key) => {
      sent.push(key);
      sentAt.push(clock.now());
      return new Promise<SendOutcome>((resolve) => {
        if (options.answer) {
          const answer = options.answer;
          void clock.sleep(options.latencyMs ?? 0).then(() => resolve(answer(key)));
        } else open.set(key, resolve);
      });
    },
  });
  queue.subscribe((state) => {
    expect(state.inFlight).toBe(state.sending.length + state.accepted.length);
    inFlightMax = Math.max(inFlightMax, state.inFlight);
  });
  const answerAsync = async (key: string, outcome: SendOutcome) => {
    const resolve = open.get(key);
    if (!resolve) throw new Error(`${key} is not being sent`);
    open.delete(key);
    resolve(outcome);
    await clock.advanceAsync(0);
  };
  return { clock, queue, sent, sentAt, open, answerAsync, maxInFlight: () => inFlightMax };
}

const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
const accepted: SendOutcome = { kind: 'accepted' };

describe('SetQueue', () => {
  it('sends in list order, never more than `concurrency` in flight (sending or accepted)', async () => {
    const h = harness({ concurrency: 3 });
    h.queue.enqueue(keys(7));
    expect(h.sent).toEqual(['k0', 'k1', 'k2']);
    await h.answerAsync('k1', accepted);
    await h.answerAsync('k0', accepted);
    // Accepted still hold their slots until released (their tasks are in flight).
    expect(h.sent).toEqual(['k0', 'k1', 'k2']);
    h.queue.release('k1');
    expect(h.sent).toEqual(['k0', 'k1', 'k2', 'k3']);
    await h.answerAsync('k2', { kind: 'failed' }); // a refused POST frees its slot at once
    expect(h.sent).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(h.queue.state.accepted).toEqual(['k0']);
    expect(h.queue.state.waiting).toEqual(['k5', 'k6']);
    expect(h.maxInFlight()).toBe(3);
  });

  it('defaults to four at once, and a 48-item run never exceeds it', async () => {
    let landed = 0;
    const h = harness({ latencyMs: 300, answer: () => accepted });
    const landingScheduled = new Set<string>();
    h.queue.subscribe((state) => {
      // Each accepted task lands 5 s later.
      for (const key of state.accepted) {
        if (!landingScheduled.has(key)) {
          landingScheduled.add(key);
          void h.clock.sleep(5_000).then(() => {
            landed++;
            h.queue.release(key);
          });
        }
      }
    });
    h.queue.enqueue(keys(48));
    await h.clock.runUntilAsync(() => landed === 48, 2_000);
    expect(h.sent).toEqual(keys(48));
    expect(h.maxInFlight()).toBe(4);
    expect(h.queue.state).toMatchObject({ sending: [], accepted: [], waiting: [] });
  });

  it('a 429 pauses the whole queue until its Retry-After, puts the item back first and lowers concurrency', async () => {
    const h = harness({ concurrency: 4 });
    h.queue.enqueue(keys(8));
    expect(h.sent).toEqual(keys(4));
    await h.answerAsync('k0', accepted);
    h.queue.release('k0');
    expect(h.sent.at(-1)).toBe('k4');
    await h.answerAsync('k1', { kind: 'rate-limited', retryAfterMs: 7_000 });
    expect(h.queue.state.pausedUntil).toBe(7_000);
    expect(h.queue.state.waiting).toEqual(['k1', 'k5', 'k6', 'k7']);
    expect(h.queue.state.concurrency).toBe(3);
    // Slots free up while paused: nothing is sent before the Retry-After.
    await h.answerAsync('k2', { kind: 'failed' });
    await h.answerAsync('k3', { kind: 'failed' });
    await h.clock.advanceAsync(6_999);
    expect(h.sent).toEqual(keys(5));
    await h.clock.advanceAsync(1);
    // k4 still sending: 3 at once now, so two more go, k1 first.
    expect(h.sent.slice(5)).toEqual(['k1', 'k5']);
    expect(h.sentAt.slice(5)).toEqual([7_000, 7_000]);
    expect(h.queue.state.pausedUntil).toBeUndefined();
    // Each accepted send raises the concurrency back by one, up to the limit.
    await h.answerAsync('k4', accepted);
    expect(h.queue.state.concurrency).toBe(4);
    await h.answerAsync('k1', accepted);
    expect(h.queue.state.concurrency).toBe(4);
  });

  it('without Retry-After, backs off 2 s, 4 s, 8 s… capped at 60 s; concurrency never below one', async () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(backoffMs)).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
    const h = harness({ concurrency: 1 });
    h.queue.enqueue(['a', 'b']);
    const pauses: number[] = [];
    for (let round = 0; round < 3; round++) {
      const key = h.sent.at(-1)!;
      const before = h.clock.now();
      await h.answerAsync(key, { kind: 'rate-limited' });
      pauses.push(h.queue.state.pausedUntil! - before);
      await h.clock.runUntilAsync(() => h.queue.state.pausedUntil === undefined);
    }
    expect(pauses).toEqual([2_000, 4_000, 8_000]);
    expect(h.queue.state.concurrency).toBe(1);
    // An accepted send resets the back-off.
    await h.answerAsync(h.sent.at(-1)!, accepted);
    h.queue.release(h.sent.at(-1)!);
    const key = h.sent.at(-1)!;
    const before = h.clock.now();
    await h.answerAsync(key, { kind: 'rate-limited' });
    expect(h.queue.state.pausedUntil! - before).toBe(2_000);
  });

  it('a second 429 during a pause extends it, never shortens it', async () => {
    const h = harness({ concurrency: 3 });
    h.queue.enqueue(keys(4));
    await h.answerAsync('k0', { kind: 'rate-limited', retryAfterMs: 10_000 });
    await h.clock.advanceAsync(1_000);
    await h.answerAsync('k1', { kind: 'rate-limited', retryAfterMs: 2_000 });
    expect(h.queue.state.pausedUntil).toBe(10_000);
    await h.answerAsync('k2', { kind: 'rate-limited', retryAfterMs: 20_000 });
    expect(h.queue.state.pausedUntil).toBe(21_000);
    expect(h.queue.state.concurrency).toBe(1);
    expect(h.queue.state.waiting).toEqual(['k0', 'k1', 'k2', 'k3']);
    await h.clock.advanceAsync(19_999);
    expect(h.sent).toEqual(['k0', 'k1', 'k2']);
    await h.clock.advanceAsync(1);
    expect(h.sent).toEqual(['k0', 'k1', 'k2', 'k0']);
  });

  it('resume: tasks still in flight after a reopen hold their slots', async () => {
    const h = harness({ concurrency: 4 });
    for (const key of ['k0', 'k1', 'k2']) h.queue.occupy(key);
    h.queue.enqueue(['k3', 'k4', 'k5']);
    expect(h.sent).toEqual(['k3']);
    h.queue.release('k1');
    expect(h.sent).toEqual(['k3', 'k4']);
    expect(h.queue.state.accepted).toEqual(['k0', 'k2']);
  });

  it('stop: nothing more is sent, sends already out finish', async () => {
    const h = harness({ concurrency: 2 });
    h.queue.enqueue(keys(5));
    h.queue.stop();
    await h.answerAsync('k0', accepted);
    await h.answerAsync('k1', { kind: 'failed' });
    h.queue.release('k0');
    await h.clock.advanceAsync(60_000);
    expect(h.sent).toEqual(['k0', 'k1']);
    expect(h.queue.state).toMatchObject({ stopped: true, sending: [], accepted: [] });
    expect(h.queue.retry('k1')).toBe(false);
  });

  it('stop during a 429 pause ends the pause without sending', async () => {
    const h = harness({ concurrency: 1 });
    h.queue.enqueue(['a', 'b']);
    await h.answerAsync('a', { kind: 'rate-limited', retryAfterMs: 5_000 });
    h.queue.stop();
    expect(h.queue.state.pausedUntil).toBeUndefined();
    await h.clock.advanceAsync(10_000);
    expect(h.sent).toEqual(['a']);
  });

  it('retry sends one failed item again, in list order among those waiting; not one already queued', async () => {
    const h = harness({ concurrency: 1 });
    h.queue.enqueue(keys(4));
    await h.answerAsync('k0', { kind: 'failed' });
    expect(h.queue.retry('k1')).toBe(false); // being sent
    expect(h.queue.retry('k3')).toBe(false); // waiting
    expect(h.queue.retry('k0')).toBe(true);
    expect(h.queue.state.waiting).toEqual(['k0', 'k2', 'k3']);
    await h.answerAsync('k1', { kind: 'failed' });
    expect(h.sent).toEqual(['k0', 'k1', 'k0']);
  });

  it('a finished queue sends a retried item at once', async () => {
    const h = harness({ concurrency: 2 });
    h.queue.enqueue(['a']);
    await h.answerAsync('a', { kind: 'failed' });
    expect(h.queue.retry('a')).toBe(true);
    expect(h.sent).toEqual(['a', 'a']);
  });

  it('a send that throws frees its slot', async () => {
    const clock = new VirtualClock();
    const sent: string[] = [];
    const queue = new SetQueue({
      concurrency: 1,
      now: () => clock.now(),
      setTimer: () => undefined,
      clearTimer: () => undefined,
      send: async (key) => {
        sent.push(key);
        throw new Error('storage full');
      },
    });
    queue.enqueue(['a', 'b']);
    await clock.advanceAsync(0);
    expect(sent).toEqual(['a', 'b']);
    expect(queue.state).toMatchObject({ sending: [], accepted: [], waiting: [] });
  });

  it('enqueuing a key twice sends it once; a task released before its send resolved holds no slot', async () => {
    const h = harness({ concurrency: 1 });
    h.queue.enqueue(['a', 'a']);
    h.queue.enqueue(['a', 'b']);
    expect(h.queue.state.waiting).toEqual(['b']);
    h.queue.release('a');
    await h.answerAsync('a', accepted);
    expect(h.queue.state.accepted).toEqual([]);
    expect(h.sent).toEqual(['a', 'b']);
  });
});

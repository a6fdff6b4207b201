import type { Clock } from '../../core/api/http';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly wake: () => void;
}

/** Lets every pending promise callback run (setImmediate fires after the microtask queue drains). */
const settleAsync = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Time that moves only when a test says so: sleeps wake in order as the
 * clock jumps to each one, with every promise chain settled in between.
 * The one virtual clock of the tests (unit and integration).
 */
export class VirtualClock implements Clock {
  private time: number;
  private seq = 0;
  private timers: Timer[] = [];

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((wake) => {
      this.timers.push({ at: this.time + Math.max(0, ms), seq: this.seq++, wake });
    });
  }

  /** Sleeps not yet woken. */
  get pending(): number {
    return this.timers.length;
  }

  /** Runs timers in order until `done()` holds, no timer is left, or `limitMs` of virtual time has passed. */
  async runAsync(done: () => boolean = () => false, limitMs = 3_600_000): Promise<void> {
    const end = this.time + limitMs;
    for (;;) {
      await settleAsync();
      await settleAsync();
      if (done()) return;
      const next = this.earliest();
      if (!next || next.at > end) return;
      this.wake(next);
    }
  }

  /** Runs timers in order until `done()` holds; fails when none is left or after `maxSteps` timers. */
  async runUntilAsync(done: () => boolean, maxSteps = 500): Promise<void> {
    for (let step = 0; step < maxSteps; step++) {
      await settleAsync();
      await settleAsync();
      if (done()) return;
      const next = this.earliest();
      if (!next) throw new Error('nothing left to run and the condition never held');
      this.wake(next);
    }
    throw new Error(`condition not reached after ${maxSteps} timers`);
  }

  /** Moves time forward by `ms`, firing every timer due on the way. */
  async advanceAsync(ms: number): Promise<void> {
    const end = this.time + ms;
    await this.runAsync(() => false, ms);
    this.time = Math.max(this.time, end);
    await settleAsync();
  }

  private earliest(): Timer | undefined {
    return this.timers.reduce<Timer | undefined>(
      (best, t) => (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq) ? t : best),
      undefined,
    );
  }

  private wake(timer: Timer): void {
    this.timers = this.timers.filter((t) => t !== timer);
    this.time = Math.max(this.time, timer.at);
    timer.wake();
  }
}

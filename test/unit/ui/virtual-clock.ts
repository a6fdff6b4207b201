import type { Clock } from '../../../core/api/http';
import { flushAsync } from './fakes';

/** A clock that only moves when told: each step runs pending work, then fires the earliest timer. */
export class VirtualClock implements Clock {
  private time = 0;
  private timers: { at: number; fire: () => void }[] = [];

  constructor(start = 100_000) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.timers.push({ at: this.time + Math.max(0, ms), fire: resolve });
      this.timers.sort((a, b) => a.at - b.at);
    });
  }

  /** Advances timer by timer until `done()` holds; fails after `maxSteps` timers. */
  async runUntilAsync(done: () => boolean, maxSteps = 500): Promise<void> {
    for (let step = 0; step < maxSteps; step++) {
      await flushAsync(50);
      if (done()) return;
      const next = this.timers.shift();
      if (!next) throw new Error('nothing left to run and the condition never held');
      this.time = next.at;
      next.fire();
    }
    throw new Error(`condition not reached after ${maxSteps} timers`);
  }
}

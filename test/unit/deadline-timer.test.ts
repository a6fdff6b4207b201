import { describe, expect, it } from 'vitest';
import { atDeadline } from '../../core/deadline-timer';

/**
 * Timers that fire after a tenth of any delay of a second or more (as the end-to-end tests' time scale
 * does; shorter ones keep their length): time moves only when one fires.
 */
function earlyTimers() {
  let clock = 0;
  const due: { at: number; fn: () => void }[] = [];
  return {
    now: () => clock,
    setTimer: (fn: () => void, ms: number) => due.push({ at: clock + (ms >= 1_000 ? ms / 10 : ms), fn }),
    runAll(): number {
      let fired = 0;
      while (due.length > 0) {
        due.sort((a, b) => a.at - b.at);
        const next = due.shift()!;
        clock = Math.max(clock, next.at);
        next.fn();
        fired++;
      }
      return fired;
    },
    advance(ms: number) {
      clock += ms;
    },
  };
}

describe('atDeadline', () => {
  it('waits the whole time even when its timers fire at a tenth of their delay', () => {
    const timers = earlyTimers();
    let ranAt: number | undefined;
    atDeadline(timers.setTimer, timers.now, 8_000, () => (ranAt = timers.now()));
    const fired = timers.runAll();
    expect(ranAt).toBeGreaterThanOrEqual(8_000);
    // Each early wake-up sets the rest again: a bounded number of them, never a busy loop.
    expect(fired).toBeLessThan(200);
  });

  it('runs once, at the first wake-up past the deadline', () => {
    const timers = earlyTimers();
    let runs = 0;
    atDeadline(timers.setTimer, timers.now, 100, () => runs++);
    timers.advance(500);
    timers.runAll();
    expect(runs).toBe(1);
  });

  it('believes the timer when the clock did not move while it waited (a frozen clock cannot tell time)', () => {
    const due: (() => void)[] = [];
    let runs = 0;
    atDeadline(
      (fn) => due.push(fn),
      () => 0,
      8_000,
      () => runs++,
    );
    due.shift()!();
    expect(runs).toBe(1);
    expect(due).toHaveLength(0);
  });
});

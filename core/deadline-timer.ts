/**
 * Runs `fn` once `deadline` has passed on `now()`'s clock. A timer may fire
 * before its delay (a host's coarse clock, a throttled frame, a clock sped up
 * around it): each time it fires the clock is asked again and the rest of
 * the wait is set again, so what the designer is promised (History's undo
 * window) lasts as long as it says. A clock that did not move at all while a
 * timer waited cannot tell time (a test's frozen clock): the timer is believed.
 *
 * @example
 * atDeadline(host.setTimer, Date.now, Date.now() + 8_000, () => emptyTrash());
 */
export function atDeadline(
  setTimer: (fn: () => void, ms: number) => unknown,
  now: () => number,
  deadline: number,
  fn: () => void,
): void {
  const wait = (): void => {
    const setAt = now();
    const left = deadline - setAt;
    if (left <= 0) return fn();
    setTimer(() => (now() === setAt ? fn() : wait()), left);
  };
  wait();
}

/**
 * The plugin's clock, sped up for the end-to-end tests. The plugin waits on
 * its production polling schedule (core/tasks/schedule.ts: a vector task's
 * first poll at half the model's typical duration, 7.5 s) while the mock
 * finishes in a quarter of a second (E2E_DURATIONS), so most of an e2e test
 * used to be waiting. An init script, run in every frame before the page's
 * own scripts, divides the plugin's timer delays by 25 (E2E_TIME_SCALE: the
 * first poll of a vector comes at 0.3 s, just after the mock's 0.25 s); the
 * product is unchanged.
 *
 * Which timers:
 * - only `setTimeout` delays from 1 s up to (not including) 20 s: every
 *   wait of the polling schedule, its back-off and the download retries
 *   (from 1 s, SCHEDULE.denseMinMs and faultBaseMs, up to 17.5 s, the
 *   slowest model's first poll). Shorter delays (a debounce, a
 *   yield to the event loop) are not waits on a schedule. From 20 s on they
 *   are time limits (DEFAULT_REQUEST_TIMEOUT_MS and the UI's
 *   PERSIST_TIMEOUT_MS, 20 s; request and download time limits, 30 s to
 *   2 min) that must keep their real length on a loaded two-core machine:
 *   20 s would become 2 s.
 * - `setInterval` is left alone: the only interval the plugin sets redraws
 *   elapsed seconds (read from `Date`), nothing waits on it.
 * - `Date` is left alone: the mock gateway runs in real time, and result
 *   URLs carry real expiry times the plugin compares with `Date.now()`. The
 *   schedule measures elapsed time with `Date`, so after a scaled first
 *   poll it still sees the task early and waits the rest of its planned
 *   first delay (scaled again): a few more polls than in production, never
 *   fewer, and every test waits on what it sees, never on a poll count.
 * - In frames other than the playground page (the plugin's UI: Figma's
 *   null-origin srcdoc iframe, Penpot's plugin-origin iframe in
 *   <plugin-modal>, where the Penpot task runner polls), every such delay.
 *   In the playground page only those the Figma sandbox sets, all of which
 *   go through SandboxSession.setTimeout (dev/playground/runtime/session.ts),
 *   found on the call stack. The playground's own timers (toasts, the
 *   insert steps a test slows down with slowInserts, the demo box) keep
 *   real time: tests look at them in real time. Penpot's sandbox sets only
 *   request time limits (20 s) through Penpot's runtime: real time as well.
 *
 * Only sessions opened through the harness (openPlaygroundAsync) are
 * scaled. The tests that open their own context to record it from the
 * first request keep real time: key-audit, and forged-messages, whose round
 * "while the designer's generation runs" (several seconds of forgeries)
 * needs the task to stay unfinished that long.
 *
 * Why not Playwright's clock API (`context.clock`): it replaces `Date`
 * together with the timers and moves time only in jumps the test makes
 * (fastForward/runFor), so the page's clock would run ahead of the
 * real-time mock (tasks and signed URLs it dates) and of the plugin's own
 * time limits at every jump; it has no rate, and a jump fires every due
 * timer, time limits included. A scale on the delays keeps one real clock.
 */

interface TimeScale {
  /** How many times faster the plugin's waits run. */
  readonly factor: number;
  readonly fromMs: number;
  readonly belowMs: number;
}

const E2E_TIME_SCALE: TimeScale = { factor: 25, fromMs: 1000, belowMs: 20_000 };

/** Runs in every frame before its own scripts: divides the plugin's waits (see above). */
const scaleTimers = (scale: TimeScale): void => {
  const original = window.setTimeout;
  const playgroundPage = window === window.top;
  const setByPlugin = (): boolean =>
    !playgroundPage || /\bSandboxSession\d*\.setTimeout\b/.test(new Error().stack ?? '');
  const scaled = (ms: unknown): unknown =>
    typeof ms === 'number' && ms >= scale.fromMs && ms < scale.belowMs && setByPlugin()
      ? ms / scale.factor
      : ms;
  const setTimeout = (handler: TimerHandler, ms?: number, ...args: unknown[]): number =>
    Reflect.apply(original, window, [handler, scaled(ms), ...args]) as number;
  window.setTimeout = setTimeout as typeof window.setTimeout;
};

/**
 * The script for context.addInitScript. A transform that keeps function
 * names (tsx does) wraps named arrows in `__name(...)`, a helper the page
 * does not have: the script brings a no-op one, in its own scope.
 */
export function timeScaleScript(): { content: string } {
  const scale = JSON.stringify(E2E_TIME_SCALE);
  return { content: `(() => { const __name = (fn) => fn; (${scaleTimers.toString()})(${scale}); })();` };
}

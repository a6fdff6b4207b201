/**
 * A host step a test can slow down (window.playground.slowInserts) to close
 * the plugin while the step is under way, and watch until it is, or until it
 * is over (window.playground.insertsInFlight). The delay outlives the plugin
 * closing: a test resets it itself.
 */

const steps = new Set<SlowStep>();

export class SlowStep {
  private delayMs = 0;
  private running = 0;
  private begun = 0;

  constructor() {
    steps.add(this);
  }

  /** Also starts counting the steps begun afresh. */
  setDelay(ms: number): void {
    this.delayMs = Number.isFinite(ms) && ms > 0 ? ms : 0;
    this.begun = 0;
  }

  get inFlight(): number {
    return this.running;
  }

  get started(): number {
    return this.begun;
  }

  /** Runs `work` after the delay; in flight from the call until it settles. */
  async run<T>(work: () => T | Promise<T>): Promise<T> {
    this.running += 1;
    this.begun += 1;
    try {
      if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      return await work();
    } finally {
      this.running -= 1;
    }
  }
}

/** Slowable steps under way on the page, whichever host. */
export function slowStepsInFlight(): number {
  return [...steps].reduce((sum, step) => sum + step.inFlight, 0);
}

/** Slowable steps begun since the delay was last set, whichever host. */
export function slowStepsStarted(): number {
  return [...steps].reduce((sum, step) => sum + step.started, 0);
}

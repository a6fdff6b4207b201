/**
 * One run of the plugin's sandbox code: its timers, its listeners and
 * whether it is still alive. Closing ends all of it at once, as a host does.
 */
import { recordError } from './errors';

type Handle = ReturnType<typeof setTimeout>;

export class SandboxSession {
  private alive = true;
  private readonly timeouts = new Set<Handle>();
  private readonly intervals = new Set<Handle>();
  private readonly cleanups: (() => void)[] = [];

  constructor(readonly label: string) {}

  get isAlive(): boolean {
    return this.alive;
  }

  /** Calls plugin code the way a host does: what it throws is reported, never propagated into the host. */
  call<A extends unknown[]>(what: string, fn: (...args: A) => unknown, ...args: A): void {
    if (!this.alive) return;
    try {
      const result = fn(...args);
      if (result instanceof Promise)
        result.catch((error: unknown) => recordError(`${this.label} ${what}`, error));
    } catch (error) {
      recordError(`${this.label} ${what}`, error);
    }
  }

  setTimeout = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): Handle => {
    const handle = setTimeout(() => {
      this.timeouts.delete(handle);
      this.call('timer', fn, ...args);
    }, ms);
    this.timeouts.add(handle);
    return handle;
  };

  clearTimeout = (handle: Handle): void => {
    clearTimeout(handle);
    this.timeouts.delete(handle);
  };

  setInterval = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): Handle => {
    const handle = setInterval(() => this.call('interval', fn, ...args), ms);
    this.intervals.add(handle);
    return handle;
  };

  clearInterval = (handle: Handle): void => {
    clearInterval(handle);
    this.intervals.delete(handle);
  };

  /**
   * A promise that settles only while the session lives. Figma's sandbox is
   * torn down on close: work in flight then simply never continues.
   */
  freeze<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      promise.then(
        (value) => this.alive && resolve(value),
        (error: unknown) => this.alive && reject(error),
      );
    });
  }

  onEnd(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  end(): void {
    if (!this.alive) return;
    this.alive = false;
    this.timeouts.forEach((h) => clearTimeout(h));
    this.intervals.forEach((h) => clearInterval(h));
    this.timeouts.clear();
    this.intervals.clear();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}

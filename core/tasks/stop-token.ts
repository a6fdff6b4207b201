/**
 * Stops one follow loop. FetchLike and Clock cannot be cancelled, so a loop
 * races each wait against its token and walks away from whatever is late;
 * the abandoned promise settles on its own and is ignored.
 */

export const STOPPED: unique symbol = Symbol('stopped');
type Stopped = typeof STOPPED;

export interface StopToken {
  readonly stopped: boolean;
  stop(): void;
  /** Resolves with `p`'s value, or STOPPED as soon as the token is stopped (p's rejection included). */
  race<T>(p: Promise<T>): Promise<T | Stopped>;
}

export function createStopToken(): StopToken {
  let stopped = false;
  let resolveStop: () => void = () => undefined;
  const stoppedPromise = new Promise<Stopped>((resolve) => {
    resolveStop = () => resolve(STOPPED);
  });
  return {
    get stopped() {
      return stopped;
    },
    stop() {
      stopped = true;
      resolveStop();
    },
    race<T>(p: Promise<T>): Promise<T | Stopped> {
      if (stopped) {
        p.catch(() => undefined);
        return Promise.resolve(STOPPED);
      }
      const guarded = p.then(
        (value): T | Stopped => (stopped ? STOPPED : value),
        (error: unknown): Stopped => {
          if (stopped) return STOPPED;
          throw error;
        },
      );
      return Promise.race([guarded, stoppedPromise]);
    },
  };
}

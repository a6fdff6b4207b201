import type { PluginMessage } from '../../core/protocol/messages';
import type { Transport } from './types';

export interface WaitLimit {
  readonly ms: number;
  /** The error to reject with when nothing came in time. */
  readonly error: () => Error;
}

/**
 * Resolves with the first message `pick` accepts (returns non-undefined for),
 * then stops listening. `pick` may throw to reject instead. With a `limit`,
 * a sandbox that never answers cannot leave the UI waiting forever.
 */
export function waitForMessageAsync<T>(
  transport: Transport,
  pick: (message: PluginMessage) => T | undefined,
  limit?: WaitLimit,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (done: () => void) => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
      done();
    };
    const stop = transport.onMessage((message) => {
      let picked: T | undefined;
      try {
        picked = pick(message);
      } catch (error) {
        settle(() => reject(error));
        return;
      }
      if (picked !== undefined) settle(() => resolve(picked));
    });
    if (limit) timer = setTimeout(() => settle(() => reject(limit.error())), limit.ms);
  });
}

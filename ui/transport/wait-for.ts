import type { PluginMessage } from '../../core/protocol/messages';
import type { Transport } from './types';

/**
 * Resolves with the first message `pick` accepts (returns non-undefined for),
 * then stops listening. `pick` may throw to reject instead.
 */
export function waitForMessageAsync<T>(
  transport: Transport,
  pick: (message: PluginMessage) => T | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = transport.onMessage((message) => {
      let picked: T | undefined;
      try {
        picked = pick(message);
      } catch (error) {
        stop();
        reject(error);
        return;
      }
      if (picked === undefined) return;
      stop();
      resolve(picked);
    });
  });
}

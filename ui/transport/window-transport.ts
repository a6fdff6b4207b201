import { asPluginMessage } from '../../core/protocol/guard';
import type { PluginMessage, UiMessage } from '../../core/protocol/messages';
import type { MessageSource, MessageTarget, Transport } from './types';

/** The envelope a host puts around protocol messages on the window channel. */
export interface Envelope {
  wrap(message: UiMessage): unknown;
  unwrap(data: unknown): unknown;
}

/**
 * A transport over window messages. Anything that is not a valid protocol
 * message (other windows, extensions, the host's own chatter) is dropped.
 */
export function createWindowTransport(
  target: MessageTarget,
  source: MessageSource,
  envelope: Envelope,
): Transport {
  return {
    send(message) {
      // The sandbox has a null origin, so '*' is the only origin that reaches it.
      target.postMessage(envelope.wrap(message), '*');
    },
    onMessage(handler: (message: PluginMessage) => void) {
      const listener = (event: { data: unknown }) => {
        const message = asPluginMessage(envelope.unwrap(event?.data));
        if (message) handler(message);
      };
      source.addEventListener('message', listener);
      return () => source.removeEventListener('message', listener);
    },
  };
}

import { asPluginMessage } from '../../core/protocol/guard';
import type { PluginMessage, UiMessage } from '../../core/protocol/messages';
import { requestsOver } from './request';
import type { MessageEventLike, MessageSource, MessageTarget, Transport } from './types';

/** The envelope a host puts around protocol messages on the window channel. */
export interface Envelope {
  wrap(message: UiMessage): unknown;
  unwrap(data: unknown): unknown;
}

/**
 * A transport over window messages. Both hosts deliver the sandbox's messages
 * from the UI's parent window (Figma's frame; Penpot's editor, by
 * `iframe.contentWindow.postMessage`), the very window the UI posts to. Any
 * other frame can post to the UI too — with a well-formed `init` pointing at
 * its own API base, say — so only messages whose source is that parent are
 * read; the guard then drops whatever is not a valid protocol message.
 */
export function createWindowTransport(
  target: MessageTarget,
  source: MessageSource,
  envelope: Envelope,
): Transport {
  const transport: Omit<Transport, 'requestAsync'> = {
    send(message) {
      // The target is the parent window itself, never another frame; '*' because its origin is null on
      // Figma and, on Penpot, whichever instance's editor opened us (the UI is not told which).
      target.postMessage(envelope.wrap(message), '*');
    },
    onMessage(handler: (message: PluginMessage) => void) {
      const listener = (event: MessageEventLike) => {
        if (event?.source !== target) return;
        const message = asPluginMessage(envelope.unwrap(event.data));
        if (message) handler(message);
      };
      source.addEventListener('message', listener);
      return () => source.removeEventListener('message', listener);
    },
  };
  return { ...transport, requestAsync: requestsOver(transport) };
}

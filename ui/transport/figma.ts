import type { MessageSource, MessageTarget, Transport } from './types';
import { createWindowTransport } from './window-transport';

/** Figma wraps every message in `{pluginMessage}` both ways. */
export function createFigmaTransport(target: MessageTarget, source: MessageSource): Transport {
  return createWindowTransport(target, source, {
    wrap: (message) => ({ pluginMessage: message }),
    unwrap: (data) =>
      typeof data === 'object' && data !== null
        ? (data as { pluginMessage?: unknown }).pluginMessage
        : undefined,
  });
}

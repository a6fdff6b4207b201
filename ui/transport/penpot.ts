import type { MessageSource, MessageTarget, Transport } from './types';
import { createWindowTransport } from './window-transport';

/** Penpot sends and receives the bare message; the guard sorts ours from everything else. */
export function createPenpotTransport(target: MessageTarget, source: MessageSource): Transport {
  return createWindowTransport(target, source, {
    wrap: (message) => message,
    unwrap: (data) => data,
  });
}

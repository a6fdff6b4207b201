import { CHANNEL_PARAM, wrapInEnvelope } from '../../core/protocol/penpot-envelope';
import type { MessageSource, MessageTarget, Transport } from './types';
import { createWindowTransport } from './window-transport';

/**
 * Penpot: every outgoing message goes in the envelope carrying this open's
 * channel secret (core/protocol/penpot-envelope.ts explains why); the
 * sandbox's messages arrive bare.
 */
export function createPenpotTransport(
  target: MessageTarget,
  source: MessageSource,
  channel: string,
): Transport {
  return createWindowTransport(target, source, {
    wrap: (message) => wrapInEnvelope(channel, message),
    unwrap: (data) => data,
  });
}

/** The secret the sandbox put in our URL (`location.search`); '' when absent, which the sandbox never accepts. */
export function channelFromSearch(search: string): string {
  return new URLSearchParams(search).get(CHANNEL_PARAM) ?? '';
}

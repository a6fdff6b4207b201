/**
 * The sandbox asking the UI: requestAsync over postToUi and the UI's
 * answers, which the controller hands to `receive` (core/protocol/request.ts
 * pairs each with its request).
 */
import {
  REQUEST_REPLIES,
  type PluginMessage,
  type PluginReply,
  type PluginRequestPayload,
  type PluginRequestType,
  type UiMessage,
} from '../core/protocol/messages';
import { awaitReplyAsync, type RequestOptions, type RequestPort } from '../core/protocol/request';
import type { Host } from './hosts/host';

export type SetTimer = (fn: () => void, ms: number) => unknown;

export class UiRequests {
  private readonly listeners = new Set<(message: UiMessage) => void>();
  /** Asked and not yet answered, by requestId. */
  private readonly asked = new Map<string, PluginMessage>();
  private readonly port: RequestPort<PluginMessage, UiMessage>;
  private last = 0;

  constructor(
    private readonly host: Host,
    setTimer: SetTimer = (fn, ms) => host.setTimer(fn, ms),
  ) {
    this.port = {
      send: (message) => host.postToUi(message),
      listen: (handler) => {
        this.listeners.add(handler);
        return () => this.listeners.delete(handler);
      },
      // A host's timer cannot be cleared: one that fires late finds its request answered, and does nothing.
      setTimer: (fn, ms) => (setTimer(fn, ms), () => undefined),
    };
  }

  async requestAsync<K extends PluginRequestType>(
    type: K,
    payload: PluginRequestPayload<K>,
    options: RequestOptions = {},
  ): Promise<PluginReply<K>> {
    const requestId = `plugin-${++this.last}`;
    const request = { ...payload, type, requestId } as PluginMessage;
    this.asked.set(requestId, request);
    try {
      const replyTypes = REQUEST_REPLIES.plugin[type];
      return (await awaitReplyAsync(this.port, request, replyTypes, options.timeoutMs)) as PluginReply<K>;
    } finally {
      this.asked.delete(requestId);
    }
  }

  /** An answer from the UI. */
  receive(message: UiMessage): void {
    for (const listener of [...this.listeners]) listener(message);
  }

  /** A task resumed at start may ask before the UI listens: ask again once it says it is ready. */
  askAgain(): void {
    for (const request of this.asked.values()) this.host.postToUi(request);
  }
}

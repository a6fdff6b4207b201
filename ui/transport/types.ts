/**
 * How the UI talks to its sandbox. Figma and Penpot differ only in the
 * envelope, so each host has one small transport and the app never knows
 * which one it has.
 */
import type { PluginMessage, UiMessage } from '../../core/protocol/messages';
import type { RequestAsync } from './request';

/** Where messages go: `window.parent` in the iframe, a fake in tests. */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** A message event as the transport reads it: `source` is the window that posted it. */
export interface MessageEventLike {
  readonly data: unknown;
  readonly source: unknown;
}

/** Where messages come from: `window` in the iframe, a fake in tests. */
export interface MessageSource {
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

export interface Transport {
  send(message: UiMessage): void;
  /** Calls `handler` with every valid sandbox message; returns the unsubscribe function. */
  onMessage(handler: (message: PluginMessage) => void): () => void;
  /** Sends a request and resolves with its answer, typed by REQUEST_REPLIES (messages.ts). */
  readonly requestAsync: RequestAsync;
}

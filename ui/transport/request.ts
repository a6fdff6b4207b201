/**
 * The UI asking the sandbox: requestAsync over a transport's send and
 * onMessage (core/protocol/request.ts pairs each answer with its request).
 * A sandbox handler that failed answers with 'error' naming the request,
 * which rejects it with the sandbox's reason.
 */
import { PluginError } from '../../core/api/errors';
import {
  REQUEST_REPLIES,
  type PluginMessage,
  type UiMessage,
  type UiMessageOf,
  type UiReply,
  type UiRequestPayload,
  type UiRequestType,
} from '../../core/protocol/messages';
import { awaitReplyAsync, type RequestOptions, type RequestPort } from '../../core/protocol/request';
import type { Transport } from './types';

export type RequestAsync = <K extends UiRequestType>(
  type: K,
  payload: UiRequestPayload<K>,
  options?: RequestOptions,
) => Promise<UiReply<K>>;

export function requestsOver(transport: Pick<Transport, 'send' | 'onMessage'>): RequestAsync {
  const port: RequestPort<UiMessage, PluginMessage> = {
    send: (message) => transport.send(message),
    listen: (handler) => transport.onMessage(handler),
    setTimer(fn, ms) {
      const timer = setTimeout(fn, ms);
      return () => clearTimeout(timer);
    },
  };
  let last = 0;
  return async <K extends UiRequestType>(
    type: K,
    payload: UiRequestPayload<K>,
    options: RequestOptions = {},
  ) => {
    const request = { ...payload, type, requestId: `ui-${++last}` } as UiMessageOf<K>;
    const replyTypes = [...REQUEST_REPLIES.ui[type], 'error'];
    const reply = await awaitReplyAsync(port, request, replyTypes, options.timeoutMs);
    if (reply.type === 'error') throw new PluginError(reply.error);
    return reply as UiReply<K>;
  };
}

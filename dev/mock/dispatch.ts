/**
 * One request through the mock: CORS first (every answer carries it, errors
 * and files included), then admin routes, preflights, the armed fault, the
 * API, and the request log. What each fault makes of an answer is in
 * fault-answers.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ADMIN_BODY_LIMIT, ADMIN_PREFIX, handleAdmin } from './admin';
import { handleApi } from './api-routes';
import { answerPreflight, applyCors } from './cors';
import { malformed, redirectAnswer, sendTruncated, statusFaultAnswer } from './fault-answers';
import { readBodyAsync, send, type Answer } from './http-util';
import type { MockState } from './state';
import type { Fault } from './types';

export interface DispatchContext {
  readonly state: MockState;
  /** The server's own origin, for result URLs when a request has no Host header. */
  readonly origin: () => string;
  readonly sleepAsync: (ms: number) => Promise<void>;
  /** The mock's clock: task progress, Retry-After and the log's times are read on it. */
  readonly now: () => number;
}

/** A status or redirect fault answers in the API's place: the request is not handled. */
function answerFor(fault: Fault['kind'] | undefined, api: () => Answer): Answer {
  if (fault?.type === 'status') return statusFaultAnswer(fault);
  if (fault?.type === 'redirect') return redirectAnswer(fault);
  return api();
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const query = raw.search(/[?#]/);
  return query === -1 ? raw : raw.slice(0, query);
}

async function adminAsync(
  context: DispatchContext,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
) {
  if (answerPreflight(request, response)) return;
  const body = await readBodyAsync(request, ADMIN_BODY_LIMIT);
  send(response, handleAdmin(context.state, request.method ?? 'GET', path, body));
}

export async function dispatchAsync(
  context: DispatchContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { state } = context;
  const at = context.now();
  const method = request.method ?? 'GET';
  const path = pathOf(request.url);
  applyCors(request, response);
  if (path.startsWith(ADMIN_PREFIX)) return adminAsync(context, request, response, path);
  if (answerPreflight(request, response)) return state.log.record(request, path, 204, at);
  const fault = state.faults.take(method, path);
  if (fault?.type === 'reset') {
    request.socket.destroy();
    return state.log.record(request, path, 0, at);
  }
  const body = await readBodyAsync(request);
  const host = request.headers.host;
  let answer = answerFor(fault, () =>
    handleApi(state, {
      method,
      path,
      authorization: request.headers.authorization,
      body,
      now: context.now(),
      origin: host ? `http://${host}` : context.origin(),
    }),
  );
  if (fault?.type === 'delay') await context.sleepAsync(fault.ms);
  if (fault?.type === 'drop') {
    // The work is done (a POST created and charged its task) but the client never hears of it.
    request.socket.destroy();
    return state.log.record(request, path, 0, at, body);
  }
  if (fault?.type === 'malformed') answer = malformed(answer);
  if (fault?.type === 'truncate') sendTruncated(response, answer, fault);
  else send(response, answer);
  state.log.record(request, path, answer.status, at, body);
}

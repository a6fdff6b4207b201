/**
 * One request through the mock: CORS first (every answer carries it, errors
 * and files included), then admin routes, preflights, the armed fault, the
 * API, and the request log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ADMIN_BODY_LIMIT, ADMIN_PREFIX, handleAdmin } from './admin';
import { handleApi } from './api-routes';
import { answerPreflight, applyCors } from './cors';
import { errorAnswer, readBodyAsync, send, textAnswer, type Answer } from './http-util';
import type { MockState } from './state';
import type { Fault } from './types';

export interface DispatchContext {
  readonly state: MockState;
  /** The server's own origin, for result URLs when a request has no Host header. */
  readonly origin: () => string;
  readonly sleepAsync: (ms: number) => Promise<void>;
}

type StatusFault = Extract<Fault['kind'], { type: 'status' }>;

const FAULT_MESSAGES: Readonly<Record<number, string>> = {
  429: 'Rate limit exceeded, slow down',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service temporarily unavailable',
};

function statusFaultAnswer(fault: StatusFault): Answer {
  const headers: Record<string, string> =
    fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
  if (fault.body !== undefined) return textAnswer(fault.status, fault.body, headers);
  return errorAnswer(fault.status, FAULT_MESSAGES[fault.status] ?? `Error ${fault.status}`, headers);
}

/** A 200 whose body is cut in half: what a broken proxy or a truncated transfer looks like. */
function malformed(answer: Answer): Answer {
  const body = answer.body;
  const cut = body.length > 8 ? body.slice(0, Math.floor(body.length / 2)) : '<html>oops';
  return { ...answer, status: 200, body: cut };
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
  const at = Date.now();
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
  let answer =
    fault?.type === 'status'
      ? statusFaultAnswer(fault)
      : handleApi(state, {
          method,
          path,
          authorization: request.headers.authorization,
          body,
          now: Date.now(),
          origin: host ? `http://${host}` : context.origin(),
        });
  if (fault?.type === 'delay') await context.sleepAsync(fault.ms);
  if (fault?.type === 'drop') {
    // The work is done (a POST created and charged its task) but the client never hears of it.
    request.socket.destroy();
    return state.log.record(request, path, 0, at);
  }
  if (fault?.type === 'malformed') answer = malformed(answer);
  send(response, answer);
  state.log.record(request, path, answer.status, at);
}

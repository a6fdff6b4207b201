/**
 * What an armed fault makes of an answer: an error status instead of it, a
 * redirect instead of it, or the answer mangled (half a body, with or
 * without its full Content-Length). Dropping and resetting connections are
 * the dispatcher's, since they withhold the answer altogether.
 */
import type { ServerResponse } from 'node:http';
import { errorAnswer, send, textAnswer, type Answer } from './http-util';
import type { Fault } from './types';

type Kind<T extends Fault['kind']['type']> = Extract<Fault['kind'], { type: T }>;

const FAULT_MESSAGES: Readonly<Record<number, string>> = {
  429: 'Rate limit exceeded, slow down',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service temporarily unavailable',
};

export function statusFaultAnswer(fault: Kind<'status'>): Answer {
  const headers: Record<string, string> =
    fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
  if (fault.body !== undefined) return textAnswer(fault.status, fault.body, headers);
  return errorAnswer(fault.status, FAULT_MESSAGES[fault.status] ?? `Error ${fault.status}`, headers);
}

/** A redirect in place of the real answer: the request was not handled here (nothing created, nothing charged). */
export function redirectAnswer(fault: Kind<'redirect'>): Answer {
  return textAnswer(fault.status ?? 307, `Moved to ${fault.location}`, { Location: fault.location });
}

/** A 200 whose body is cut in half: what a broken proxy or a truncated transfer looks like. */
export function malformed(answer: Answer): Answer {
  const body = answer.body;
  const cut = body.length > 8 ? body.slice(0, Math.floor(body.length / 2)) : '<html>oops';
  return { ...answer, status: 200, body: cut };
}

/** Half the answer's body: re-framed ('short'), or under the whole body's Content-Length, then the connection closes ('full'). */
export function sendTruncated(response: ServerResponse, answer: Answer, fault: Kind<'truncate'>): void {
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
  const half = body.subarray(0, Math.floor(body.length / 2));
  if (fault.length === 'short') return send(response, { ...answer, body: half });
  response.writeHead(answer.status, {
    ...answer.headers,
    'Content-Type': answer.contentType,
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  // Ending the socket (not the response) after the half is flushed: the client sees the transfer break off.
  response.write(half, () => response.socket?.end());
}

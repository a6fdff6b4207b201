/**
 * Asking the other realm and awaiting its answer, one way for both
 * directions: the UI asking the sandbox (ui/transport/request.ts) and the
 * sandbox asking the UI (plugin/ui-requests.ts). A request carries a fresh
 * requestId; its answer is the first message of a reply type
 * REQUEST_REPLIES (messages.ts) names for it carrying the same id. Anything
 * else, another request's answer included, is left to other listeners.
 */
import { TIMEOUTS } from '../api/timeouts';

export interface RequestOptions {
  /** TIMEOUTS.replyMs when absent; TIMEOUTS.fileWorkReplyMs for work that grows with the file. */
  readonly timeoutMs?: number;
}

/** The other side did not answer in time (it may still be working on it). */
export class RequestTimeoutError extends Error {
  constructor(
    readonly requestType: string,
    readonly timeoutMs: number,
  ) {
    super(`No answer to '${requestType}' within ${timeoutMs} ms.`);
    this.name = 'RequestTimeoutError';
  }
}

export interface Wire {
  readonly type: string;
  readonly requestId?: string;
}

/** How one side sends, hears and waits. */
export interface RequestPort<Out extends Wire, In extends Wire> {
  send(message: Out): void;
  /** Calls `handler` with every message from the other side; returns the unsubscribe function. */
  listen(handler: (message: In) => void): () => void;
  /** Calls `fn` after `ms`; returns what cancels it. */
  setTimer(fn: () => void, ms: number): () => void;
}

/**
 * Sends `request` (its requestId already set) and resolves with the first
 * message of one of `replyTypes` carrying that id; rejects with
 * RequestTimeoutError after `timeoutMs`, or with what sending threw.
 */
export function awaitReplyAsync<Out extends Wire, In extends Wire>(
  port: RequestPort<Out, In>,
  request: Out,
  replyTypes: readonly string[],
  timeoutMs: number = TIMEOUTS.replyMs,
): Promise<In> {
  return new Promise<In>((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      stop();
      cancel();
      done();
    };
    // Listening before sending: a reply may come back within send itself.
    const stop = port.listen((message) => {
      if (message.requestId === request.requestId && replyTypes.includes(message.type)) {
        settle(() => resolve(message));
      }
    });
    const cancel = port.setTimer(
      () => settle(() => reject(new RequestTimeoutError(request.type, timeoutMs))),
      timeoutMs,
    );
    try {
      port.send(request);
    } catch (error) {
      settle(() => reject(error));
    }
  });
}

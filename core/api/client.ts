/**
 * The gateway client: create a generation or a raster tool's task (POST,
 * costs credits) and read a task (GET, free). The key goes only to `apiBase`: redirects are reported,
 * never followed (redirect.ts), and a task id must be one (task-id.ts)
 * before it becomes a path. A POST is resent only when the gateway
 * certainly did not take it: a 429/503, or a connection that was never
 * made. Anything else after sending is ambiguous, never resent.
 */
import type { GenerationRequest, TaskSnapshot } from '../tasks/types';
import { defaultClock } from './default-clock';
import {
  ambiguousError,
  errorFromResponse,
  networkError,
  PluginError,
  redirectedError,
  serverError,
  type UserError,
} from './errors';
import { lostPostErrorAsync } from './connect-probe';
import { neverConnected, RequestTimeout, withTimeoutAsync } from './fetch-failure';
import { notSent } from '../errors/gateway';
import { userError } from '../errors/user-error';
import { headerOf, type Clock, type FetchLike, type FetchResponseLike } from './http';
import { normaliseCreation, normaliseTask, type CreationResult } from './normalise-task';
import { API_REDIRECT, redirectOf } from './redirect';
import { parseRetryAfter } from './retry-after';
import { generationBody } from './request-body';
import { controlsRefusal } from './controls-refusal';
import { serverMessage } from './server-message';
import { sourceGoneError, toolBody } from './tool-source';
import { toolById, type ToolId } from '../models/tools';
import { apiUrl, authHeaders, envelopeError } from './api-request';
import { invalidTaskIdError, taskNotFoundError } from './task-errors';
import { isTaskId } from './task-id';
import { TIMEOUTS } from './timeouts';

interface ClientOptions {
  readonly fetch: FetchLike;
  readonly apiBase: string;
  readonly apiKey: string;
  /** Injected for tests; defaults to the realm's timers. */
  readonly clock?: Clock;
  /** How long to wait for an answer before calling it lost (ms). */
  readonly timeoutMs?: number;
}

export interface CreateOptions extends ClientOptions {
  readonly request: GenerationRequest;
  /** Attempts in all, resends included (only ever for certainly-unsent requests). */
  readonly maxAttempts?: number;
}

/** Retry-After beyond this is left to the designer rather than waited out behind a spinner. */
const MAX_WAIT_SECONDS = 20;

export async function createGenerationAsync(opts: CreateOptions): Promise<CreationResult> {
  const body = generationBody(opts.request);
  // Only a request that sent `controls` can have been refused for them.
  const refine: Refine = (status, said) =>
    body.controls === undefined ? undefined : controlsRefusal(status, said);
  return postTaskAsync(opts, '/images/generations', body, refine);
}

export interface ToolTaskOptions extends ClientOptions {
  readonly tool: ToolId;
  /** The gateway's own URL of the result to work on (toolSourceError says whether it is still fresh). */
  readonly imageUrl: string;
  /** Attempts in all, resends included (only ever for certainly-unsent requests). */
  readonly maxAttempts?: number;
}

/**
 * Remove background or Upscale (1 credit each): the same paid-POST rules as a
 * generation (never resent after an ambiguous failure), followed with
 * getTaskAsync. A refusal that says the source image is gone reads as such.
 */
export async function createToolTaskAsync(opts: ToolTaskOptions): Promise<CreationResult> {
  const tool = toolById(opts.tool);
  return postTaskAsync(opts, tool.path, toolBody(opts.tool, opts.imageUrl), (status, said) =>
    status === 400 || status === 422 ? sourceGoneError(said) : undefined,
  );
}

/** An error more specific than errorFromResponse's for a refused POST (status ≥ 400, not 429/5xx). */
type Refine = (status: number, said: string | undefined) => UserError | undefined;

interface PostOptions extends ClientOptions {
  readonly maxAttempts?: number;
}

/** One paid POST that creates a task: resent only when the gateway certainly did not take it. */
async function postTaskAsync(
  opts: PostOptions,
  path: string,
  body: object,
  refine: Refine,
): Promise<CreationResult> {
  const clock = opts.clock ?? defaultClock();
  const url = apiUrl(opts.apiBase, path);
  const init = {
    method: 'POST' as const,
    headers: authHeaders(opts.apiKey, true),
    body: JSON.stringify(body),
    redirect: API_REDIRECT,
  };
  const maxAttempts = opts.maxAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= maxAttempts;
    let response: FetchResponseLike;
    try {
      response = await withTimeoutAsync(
        opts.fetch(url, init),
        clock,
        opts.timeoutMs ?? TIMEOUTS.generationMs,
      );
    } catch (error) {
      // No answer: a timed-out POST was sent; any other failure is told as the API base's reachability says.
      if (error instanceof RequestTimeout) throw new PluginError(ambiguousError());
      if (!neverConnected(error))
        throw new PluginError(await lostPostErrorAsync(opts.fetch, opts.apiBase, clock));
      if (last) throw new PluginError(userError(notSent));
      await clock.sleep(1000 * 2 ** (attempt - 1));
      continue;
    }
    // Never replayed, to the target or here: the gateway did not take the order at this address.
    const redirect = redirectOf(response, url, opts.apiKey);
    if (redirect) {
      discardBody(response);
      throw new PluginError(redirectedError(redirect, 'generation'));
    }
    const outcome = await readCreationAsync(response, opts, clock, refine);
    if (!('refused' in outcome)) return outcome;
    const wait = outcome.retryAfterSeconds ?? 2 ** attempt;
    if (last || wait > MAX_WAIT_SECONDS) throw new PluginError(outcome.refused);
    await clock.sleep(wait * 1000);
  }
}

/** The gateway said it did not take the order (429/503): safe to send again. */
interface Refusal {
  readonly refused: UserError;
  readonly retryAfterSeconds?: number;
}

/** The creation answer, or a refusal that says the gateway did not take it (429/503). */
async function readCreationAsync(
  response: FetchResponseLike,
  opts: PostOptions,
  clock: Clock,
  refine: Refine,
): Promise<CreationResult | Refusal> {
  let bodyText: string;
  try {
    bodyText = await withTimeoutAsync(response.text(), clock, opts.timeoutMs ?? TIMEOUTS.generationMs);
  } catch {
    // The gateway answered but the body was cut off: it may have taken the order.
    throw new PluginError(ambiguousError());
  }
  const context = { apiKey: opts.apiKey, now: clock.now() };
  const retryAfter = headerOf(response, 'retry-after');
  const status = response.ok ? (envelopeError(bodyText) ?? response.status) : response.status;
  if (status === 429 || status === 503) {
    return {
      refused: errorFromResponse(status, bodyText, retryAfter, context),
      retryAfterSeconds: parseRetryAfter(retryAfter, context.now),
    };
  }
  // A proxy that lost the upstream's answer: the generation may be running (and charged).
  if (status === 502 || status === 504) throw new PluginError({ ...ambiguousError(), status });
  if (status >= 400) {
    const specific = status < 500 ? refine(status, serverMessage(bodyText, opts.apiKey)) : undefined;
    throw new PluginError(specific ?? errorFromResponse(status, bodyText, retryAfter, context));
  }
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    // Accepted (2xx) but unreadable: it may be running and charged, so never an invitation to resend.
    throw new PluginError(ambiguousError());
  }
  return normaliseCreation(body, opts.apiKey);
}

export interface TaskOptions extends ClientOptions {
  readonly taskId: string;
}

/** One poll. Throws PluginError: network/server/rate-limited are transient, the rest end the task. */
export async function getTaskAsync(opts: TaskOptions): Promise<TaskSnapshot> {
  const clock = opts.clock ?? defaultClock();
  // Encoded too, but `.` and `..` survive encoding and would make the poll another path.
  if (!isTaskId(opts.taskId)) throw new PluginError(invalidTaskIdError());
  const url = apiUrl(opts.apiBase, `/tasks/${encodeURIComponent(opts.taskId)}`);
  const init = { method: 'GET' as const, headers: authHeaders(opts.apiKey, false), redirect: API_REDIRECT };
  let response: FetchResponseLike;
  let bodyText: string;
  try {
    response = await withTimeoutAsync(opts.fetch(url, init), clock, opts.timeoutMs ?? TIMEOUTS.pollMs);
    const redirect = redirectOf(response, url, opts.apiKey);
    if (redirect) {
      discardBody(response);
      throw new PluginError(redirectedError(redirect, 'poll'));
    }
    bodyText = await withTimeoutAsync(response.text(), clock, opts.timeoutMs ?? TIMEOUTS.pollMs);
  } catch (error) {
    // A lost GET is only a missed poll: transient, the runner polls again.
    if (error instanceof PluginError) throw error;
    throw new PluginError(networkError());
  }
  const status = response.ok ? (envelopeError(bodyText) ?? response.status) : response.status;
  if (status === 404) throw new PluginError(taskNotFoundError());
  if (status >= 400) {
    const context = { apiKey: opts.apiKey, now: clock.now() };
    throw new PluginError(errorFromResponse(status, bodyText, headerOf(response, 'retry-after'), context));
  }
  return normaliseTask(parseJson(bodyText), opts.apiKey);
}

/** Reads a redirect's (small) body away so the connection is freed; nothing in it is used. */
function discardBody(response: FetchResponseLike): void {
  response.text().catch(() => undefined);
}

function parseJson(bodyText: string): unknown {
  try {
    return JSON.parse(bodyText) as unknown;
  } catch {
    throw new PluginError(serverError());
  }
}

/**
 * The one reader of gateway task answers. Whatever the shape (wrapped in
 * `{code, message, data}` or flat, any status word, results in any of the
 * known places), the rest of the plugin sees a TaskSnapshot.
 *
 * @example
 * normaliseTask({ code: 200, data: { status: 'SUCCESS', output: { image_url: 'https://x/a.png' } } });
 * // { status: 'succeeded', rawStatus: 'SUCCESS', urls: ['https://x/a.png'] }
 */
import { hasResult } from '../tasks/snapshot-result';
import type { TaskSnapshot, TaskStatus } from '../tasks/types';
import { PluginError, serverError } from './errors';
import { findResults } from './find-results';
import { firstNumber, firstWord, isRecord, taskLayers, text, type JsonRecord } from './json-shape';
import { redactSecrets } from './redact';
import { statusFromWord } from './status-words';
import { creationUnfollowableError } from './task-errors';
import { isTaskId } from './task-id';

const STATUS_KEYS = ['status', 'state', 'task_status', 'taskStatus'];
const ERROR_KEYS = [
  'fail_message',
  'error_message',
  'failure_reason',
  'fail_reason',
  'errorMessage',
  'failMsg',
];
const CREDIT_KEYS = ['credits', 'credits_consumed', 'credits_used', 'consumed_credits', 'cost'];
const ID_KEYS = ['task_id', 'taskId', 'id', 'request_id', 'generation_id'];

/**
 * `apiKey`, when the caller has it, is redacted from the gateway's own words
 * (a failed task's error, the status word) along with anything key-shaped:
 * a snapshot is stored with a pending task and its error shown.
 */
export function normaliseTask(body: unknown, apiKey?: string | null): TaskSnapshot {
  // An unreadable answer is a transient fault: the runner polls again.
  if (!isRecord(body)) throw new PluginError(serverError());
  const layers = taskLayers(body);
  const { urls, svg } = findResults(layers);
  const rawStatus = statusWord(layers);
  const error = errorText(layers);
  const status = decideStatus(rawStatus, hasResult({ urls, svg }), error);
  const failedMessage = status === 'failed' ? (error ?? envelopeMessage(body)) : undefined;
  const redact = (said: string | undefined) => (said === undefined ? undefined : redactSecrets(said, apiKey));
  const snapshot: TaskSnapshot = { status, urls };
  return withOptional(snapshot, {
    rawStatus: redact(rawStatus),
    svg,
    error: redact(failedMessage),
    credits: firstNumber(layers, CREDIT_KEYS),
  });
}

export interface CreationResult {
  readonly taskId: string;
  /** The finished (or failed) task when the POST answered with it (synchronous answer). */
  readonly immediate?: TaskSnapshot;
  readonly credits?: number;
}

/**
 * Reads the POST answer: a task id to poll, and/or the result itself. An id
 * that is not a task id (task-id.ts) is refused here, where it enters: it
 * would become the poll's path. A finished answer needs no poll, so it keeps
 * its result under an id of our own making instead.
 */
export function normaliseCreation(body: unknown, apiKey?: string | null): CreationResult {
  if (!isRecord(body)) throw new PluginError(creationUnfollowableError('no-id'));
  const snapshot = normaliseTask(body, apiKey);
  const finished = snapshot.status === 'failed' || (snapshot.status === 'succeeded' && hasResult(snapshot));
  const id = firstWord(taskLayers(body), ID_KEYS);
  if (!finished && !id) throw new PluginError(creationUnfollowableError('no-id'));
  if (!finished && !isTaskId(id)) throw new PluginError(creationUnfollowableError('bad-id'));
  const taskId = isTaskId(id) ? id : `sync-${hash(snapshot.svg ?? snapshot.urls.join(' '))}`;
  return withOptional({ taskId }, { immediate: finished ? snapshot : undefined, credits: snapshot.credits });
}

function statusWord(layers: readonly JsonRecord[]): string | undefined {
  const word = firstWord(layers, STATUS_KEYS);
  if (word) return word;
  // Sibling endpoints put the state in `data.type` ("SUCCESS"); other `type` values are kinds, not states.
  return layers.map((layer) => text(layer.type)).find((type) => type && statusFromWord(type));
}

function decideStatus(
  rawStatus: string | undefined,
  withResult: boolean,
  error: string | undefined,
): TaskStatus {
  const known = rawStatus === undefined ? undefined : statusFromWord(rawStatus);
  if (known) return known;
  // No or an unknown word: a result means it finished; an error alone means it failed; else keep polling.
  if (withResult) return 'succeeded';
  if (rawStatus === undefined && error) return 'failed';
  return 'running';
}

function errorText(layers: readonly JsonRecord[]): string | undefined {
  for (const layer of layers) {
    const found = errorIn(layer.error) ?? firstWord([layer], ERROR_KEYS);
    if (found) return found;
    const items = Array.isArray(layer.response_data) ? layer.response_data.filter(isRecord) : [];
    const fromItems = items.map((item) => firstWord([item], ERROR_KEYS) ?? errorIn(item.error)).find(Boolean);
    if (fromItems) return fromItems;
  }
  return undefined;
}

function errorIn(value: unknown): string | undefined {
  if (isRecord(value)) return text(value.message) ?? text(value.msg) ?? text(value.detail);
  return text(value);
}

/** The envelope's `message`, unless it is just "success"/"ok". */
function envelopeMessage(body: JsonRecord): string | undefined {
  const message = text(body.message) ?? text(body.msg);
  return message && !/^(success|ok|succeeded)$/i.test(message) ? message : undefined;
}

function withOptional<T extends object>(base: T, optional: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) out[key] = value;
  return out as T;
}

/** FNV-1a: a stable id for a synchronous answer that carried none. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

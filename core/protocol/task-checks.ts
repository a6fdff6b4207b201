/**
 * Tasks, results and their progress as they cross between the realms,
 * checked as their types claim (core/protocol/guard.ts), so the runner and
 * the insertion path never meet a half-formed value.
 */
import { isUserError } from '../api/errors';
import { isToolId } from '../models/tools';
import { isPendingTask } from '../tasks/pending-store';
import { isGenerationRequest } from '../tasks/request-checks';
import type { PendingTask, ResultPayload, TaskPhase, TaskSnapshot, TaskView } from '../tasks/types';
import {
  arrayOf,
  isBoolean,
  isFiniteNumber,
  isObject,
  isPositiveNumber,
  isString,
  oneOf,
  optional,
} from '../shape-checks';
import type { ConvertedImage } from './messages';

const isStatus = oneOf<TaskSnapshot['status']>(['queued', 'running', 'succeeded', 'failed']);
const isPhase = oneOf<TaskPhase>([
  'submitting',
  'queued',
  'running',
  'stalled',
  'fetching',
  'inserting',
  'done',
  'failed',
  'cancelled',
]);
const isImageMime = oneOf<Extract<ResultPayload, { kind: 'image' }>['mime']>([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
]);
const optionalString = optional(isString);
const optionalNumber = optional(isFiniteNumber);

function isTaskSnapshot(v: unknown): v is TaskSnapshot {
  return (
    isObject(v) &&
    isStatus(v.status) &&
    arrayOf(isString)(v.urls) &&
    optionalString(v.rawStatus) &&
    optionalString(v.svg) &&
    optionalString(v.error) &&
    optionalNumber(v.credits)
  );
}

/**
 * A task the UI hands over: what the pending store accepts (its attempt
 * count is the store's to read, damaged or not), with its request whole and
 * any result the creation answer carried.
 */
export function isTaskMessage(v: unknown): v is PendingTask {
  return (
    isPendingTask(v) &&
    isGenerationRequest(v.request) &&
    (v.immediate === undefined || isTaskSnapshot(v.immediate))
  );
}

/** A finished result: SVG text, or image bytes of a type the pipeline knows, with a believable-looking size. */
export function isResultPayload(v: unknown): v is ResultPayload {
  if (!isObject(v)) return false;
  if (v.kind === 'svg') return isString(v.svg);
  return (
    v.kind === 'image' &&
    v.bytes instanceof Uint8Array &&
    isImageMime(v.mime) &&
    isPositiveNumber(v.width) &&
    isPositiveNumber(v.height)
  );
}

export function isTaskView(v: unknown): v is TaskView {
  return (
    isObject(v) &&
    isString(v.taskId) &&
    isGenerationRequest(v.request) &&
    isPhase(v.phase) &&
    isFiniteNumber(v.createdAt) &&
    isFiniteNumber(v.updatedAt) &&
    isFiniteNumber(v.polls) &&
    (v.error === undefined || isUserError(v.error)) &&
    optionalString(v.nodeId) &&
    optionalNumber(v.credits) &&
    optional(isBoolean)(v.unsaved) &&
    (v.toolId === undefined || isToolId(v.toolId))
  );
}

export function isConvertedImage(v: unknown): v is ConvertedImage {
  return (
    isObject(v) &&
    v.bytes instanceof Uint8Array &&
    v.mime === 'image/png' &&
    isPositiveNumber(v.width) &&
    isPositiveNumber(v.height)
  );
}

/**
 * A History entry as its type claims it, checked: the one rule for entries
 * read back from storage (history.ts skips any other) and for the lists the
 * sandbox sends the UI (core/protocol/guard.ts), so what one side keeps the
 * other accepts. The UI reads every field (a model it does not know would
 * break the list), so every field is checked.
 */
import { isModelId } from '../models/catalogue';
import { isBoolean, isFiniteNumber, isObject, isString, oneOf, optional } from '../shape-checks';
import { isVectorOptions } from '../tasks/request-checks';
import type { HistoryEntry } from './types';

const isKind = oneOf<HistoryEntry['kind']>(['svg', 'image']);
const isReason = optional(isString);
const isVector = optional(isVectorOptions);

export function isHistoryEntry(v: unknown): v is HistoryEntry {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.taskId) &&
    isString(v.prompt) &&
    isModelId(v.model) &&
    isString(v.size) &&
    isKind(v.kind) &&
    isFiniteNumber(v.createdAt) &&
    isBoolean(v.cached) &&
    isFiniteNumber(v.bytes) &&
    isReason(v.notInserted) &&
    isVector(v.vector) &&
    optional(isString)(v.resultUrl) &&
    optional(isFiniteNumber)(v.madeAt)
  );
}

/**
 * An entry as stored, read as today's: older versions kept the requested
 * size as `shape` and the cached bytes as `size`. Anything else is returned
 * as it is, for isHistoryEntry to judge.
 */
export function readHistoryEntry(v: unknown): unknown {
  if (!isObject(v) || !isString(v.shape) || v.bytes !== undefined) return v;
  const { shape, size, ...rest } = v;
  return { ...rest, size: shape, bytes: size };
}

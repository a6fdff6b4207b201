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
    isString(v.shape) &&
    isKind(v.kind) &&
    isFiniteNumber(v.createdAt) &&
    isBoolean(v.cached) &&
    isFiniteNumber(v.size) &&
    isReason(v.notInserted) &&
    isVector(v.vector)
  );
}

/**
 * What a generation request claims to be, checked: the designer's vector
 * options, where the result goes, and the request as a whole. Used where a
 * request crosses a boundary (core/protocol/guard.ts) or is read back from
 * storage (History's entries keep the vector options of a raw file).
 */
import { isRecraftControls } from '../api/recraft-controls';
import { isModelId } from '../models/catalogue';
import { isIconMeta, isSetSlot } from '../sets/set-checks';
import { isBoolean, isObject, isString, arrayOf, oneOf } from '../shape-checks';
import {
  isIconFrame,
  type BatchSlot,
  type GenerationRequest,
  type InsertTarget,
  type VectorOptions,
} from './types';

const isRecolor = oneOf<VectorOptions['recolor']>(['none', 'palette', 'mono']);
const isStrings = arrayOf(isString);

export function isVectorOptions(v: unknown): v is VectorOptions {
  return (
    isObject(v) &&
    isBoolean(v.removeBackground) &&
    isRecolor(v.recolor) &&
    isStrings(v.palette) &&
    isString(v.mono) &&
    (v.iconFrame === undefined || isIconFrame(v.iconFrame))
  );
}

function isInsertTarget(v: unknown): v is InsertTarget {
  if (!isObject(v)) return false;
  if (v.kind === 'viewport') return true;
  // One icon of a set: its subject's place in the list and its variant (1-based).
  if (v.kind === 'set') return isSetSlot(v);
  // Regenerate this icon: the component, and the icon meta it keeps (optional: older requests have none).
  if (v.kind === 'replace') return isString(v.nodeId) && (v.icon === undefined || isIconMeta(v.icon));
  return (v.kind === 'inside' || v.kind === 'fill') && isString(v.nodeId);
}

/** An image's place in its batch: index inside the count. */
function isBatchSlot(v: unknown): v is BatchSlot {
  return (
    isObject(v) &&
    isString(v.id) &&
    Number.isInteger(v.count) &&
    Number.isInteger(v.index) &&
    (v.index as number) >= 0 &&
    (v.index as number) < (v.count as number)
  );
}

export function isGenerationRequest(v: unknown): v is GenerationRequest {
  return (
    isObject(v) &&
    isModelId(v.model) &&
    isString(v.prompt) &&
    isString(v.size) &&
    isVectorOptions(v.vector) &&
    isInsertTarget(v.target) &&
    (v.batch === undefined || isBatchSlot(v.batch)) &&
    (v.controls === undefined || isRecraftControls(v.controls))
  );
}

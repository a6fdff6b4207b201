/**
 * What a generation request claims to be, checked: the designer's vector
 * options, where the result goes, and the request as a whole. Used where a
 * request crosses a boundary (core/protocol/guard.ts) or is read back from
 * storage (History's entries keep the vector options of a raw file).
 */
import { isModelId } from '../models/catalogue';
import { isBoolean, isObject, isString, arrayOf, oneOf } from '../shape-checks';
import { isIconFrame, type GenerationRequest, type InsertTarget, type VectorOptions } from './types';

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
  return (v.kind === 'inside' || v.kind === 'fill') && isString(v.nodeId);
}

export function isGenerationRequest(v: unknown): v is GenerationRequest {
  return (
    isObject(v) &&
    isModelId(v.model) &&
    isString(v.prompt) &&
    isString(v.size) &&
    isVectorOptions(v.vector) &&
    isInsertTarget(v.target)
  );
}

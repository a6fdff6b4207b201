/**
 * The structured values the sandbox and the UI exchange, checked as their
 * types claim (core/protocol/guard.ts). Only the shape: what a value may
 * hold (a batch size, an API base) stays the rule of whoever reads it
 * (plugin/read-settings.ts for settings).
 */
import { isModelId } from '../models/catalogue';
import type { Settings } from '../settings';
import { isBoolean, isFiniteNumber, isObject, isString, oneOf, optional } from '../shape-checks';
import { isGenerationRequest, isVectorOptions } from '../tasks/request-checks';
import { isIconMeta } from '../sets/set-checks';
import { isToolSource } from '../tasks/tool-task';
import type { GenerationMeta, Prefill, RegenerateOffer, ResultFile, SelectionInfo } from './messages';

const isFileKind = oneOf<ResultFile['kind']>(['svg', 'image']);
const optionalString = optional(isString);

export function isSettings(v: unknown): v is Settings {
  return (
    isObject(v) &&
    isString(v.apiBase) &&
    isModelId(v.model) &&
    isSizes(v.sizes) &&
    isVectorOptions(v.vector) &&
    isFiniteNumber(v.batch) &&
    isSetFormSettings(v.set) &&
    isBoolean(v.sendBrandColours) &&
    isBoolean(v.paletteInPrompt)
  );
}

/** The set form's remembered fields, their shape only (plugin/read-settings.ts decides what they may hold). */
function isSetFormSettings(v: unknown): boolean {
  return (
    isObject(v) &&
    [v.icons, v.style, v.template, v.colourMode, v.mono, v.prefix, v.name].every(isString) &&
    isModelId(v.model) &&
    [v.iconSize, v.variants, v.confirmCredits].every(isFiniteNumber) &&
    (v.padding === undefined || isFiniteNumber(v.padding)) &&
    optionalString(v.bindId)
  );
}

/** Last size or aspect ratio chosen per model. */
function isSizes(v: unknown): boolean {
  return isObject(v) && Object.entries(v).every(([model, size]) => isModelId(model) && isString(size));
}

export function isGenerationMeta(v: unknown): v is GenerationMeta {
  return (
    isObject(v) &&
    isString(v.prompt) &&
    isModelId(v.model) &&
    isString(v.size) &&
    isString(v.taskId) &&
    isFiniteNumber(v.createdAt)
  );
}

/**
 * Meta as the sandbox sends it: its icon part whole too (reading a node's
 * meta drops a damaged icon part instead, plugin/generation-meta.ts).
 */
function isSentMeta(v: unknown): v is GenerationMeta {
  return (
    isGenerationMeta(v) &&
    (v.icon === undefined || isIconMeta(v.icon)) &&
    (v.vector === undefined || isVectorOptions(v.vector)) &&
    optionalString(v.resultUrl) &&
    (v.madeAt === undefined || isFiniteNumber(v.madeAt))
  );
}

/** A selected generated layer (or set icon) Regenerate works on: its request aims at that node, in place. */
function isRegenerateOffer(v: unknown): v is RegenerateOffer {
  return (
    isObject(v) &&
    isString(v.nodeId) &&
    isString(v.name) &&
    isGenerationRequest(v.request) &&
    v.request.target.kind === 'replace' &&
    v.request.target.nodeId === v.nodeId
  );
}

export function isSelectionInfo(v: unknown): v is SelectionInfo {
  return (
    isObject(v) &&
    isFiniteNumber(v.count) &&
    optionalString(v.nodeId) &&
    optionalString(v.name) &&
    isBoolean(v.canContain) &&
    isBoolean(v.canFill) &&
    (v.generated === undefined || isSentMeta(v.generated)) &&
    (v.regenerate === undefined || isRegenerateOffer(v.regenerate)) &&
    (v.raster === undefined || isToolSource(v.raster))
  );
}

export function isPrefill(v: unknown): v is Prefill {
  return isObject(v) && isString(v.prompt) && isModelId(v.model) && isString(v.size);
}

/** A thumbnail or a file to download: SVG text, or base64 image bytes, and its type. */
export function isFileData(v: unknown): v is ResultFile {
  return isObject(v) && isString(v.entryId) && isFileKind(v.kind) && isString(v.data) && isString(v.mime);
}

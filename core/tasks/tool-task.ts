/**
 * A raster tool's task (Remove background, Upscale) as a paid task like any
 * other: a PendingTask whose request is its source's (prompt, model, size)
 * aimed at the source layer's fill, so the one delivery path replaces that
 * layer's image in place (keeping its displayed size), or, the layer gone
 * (a History entry's), lands the result as a new image. Its `tool` says what
 * was sent, for resuming and for reading a failure about a gone source.
 */
import type { HistoryEntry } from '../history/types';
import { isModelId, modelById, type ModelId } from '../models/catalogue';
import { isToolId, toolById, type ToolId } from '../models/tools';
import type { GenerationMeta } from '../protocol/messages';
import { isFiniteNumber, isObject, isString, optional } from '../shape-checks';
import { newPendingTask, type Created } from './new-task';
import { DEFAULT_VECTOR_OPTIONS, type PendingTask, type ToolJob } from './types';

/** A raster result a tool can work on: what made it, its file's URL at the gateway, and where it is shown. */
export interface ToolSource {
  readonly prompt: string;
  readonly model: ModelId;
  readonly size: string;
  readonly resultUrl: string;
  /** When it was made at the latest (core/api/tool-source.ts counts the gateway's day from it). */
  readonly madeAt: number;
  /** The generated layer showing it: the tool's result replaces its image fill. */
  readonly nodeId?: string;
  /** The History entry it is. */
  readonly entryId?: string;
}

/** A selected generated raster layer's source, or undefined when its meta keeps no result URL (older nodes). */
export function toolSourceOfMeta(meta: GenerationMeta, nodeId: string): ToolSource | undefined {
  const { prompt, model, size, resultUrl, madeAt } = meta;
  if (modelById(model).output !== 'raster' || resultUrl === undefined || madeAt === undefined)
    return undefined;
  return { prompt, model, size, resultUrl, madeAt, nodeId };
}

/**
 * A raster History entry's source; `nodeId` when the UI knows the layer it landed as (Activity's done task),
 * so the result replaces it in place while it exists.
 */
export function toolSourceOfEntry(entry: HistoryEntry, nodeId?: string): ToolSource | undefined {
  const { prompt, model, size, resultUrl, madeAt } = entry;
  if (entry.kind !== 'image' || resultUrl === undefined || madeAt === undefined) return undefined;
  return { prompt, model, size, resultUrl, madeAt, entryId: entry.id, ...(nodeId ? { nodeId } : {}) };
}

/** The pending record of a tool task the gateway accepted, with the deadline the tool's typical time implies. */
export function newToolTask(created: Created, tool: ToolId, source: ToolSource, now: number): PendingTask {
  const { prompt, model, size, nodeId, entryId } = source;
  const job: ToolJob = {
    tool,
    imageUrl: source.resultUrl,
    ...(nodeId ? { sourceNodeId: nodeId } : {}),
    ...(entryId ? { sourceEntryId: entryId } : {}),
  };
  const request = {
    model,
    prompt,
    size,
    vector: DEFAULT_VECTOR_OPTIONS,
    // Checked again at delivery (plugin/resolve-target.ts): a layer gone by then gives a new image.
    target: nodeId ? { kind: 'fill' as const, nodeId } : { kind: 'viewport' as const },
  };
  return { ...newPendingTask(created, request, now, toolById(tool).typicalSeconds), tool: job };
}

const optionalString = optional(isString);

/** A tool source's shape, as a selection carries it. */
export function isToolSource(v: unknown): v is ToolSource {
  return (
    isObject(v) &&
    isString(v.prompt) &&
    isModelId(v.model) &&
    isString(v.size) &&
    isString(v.resultUrl) &&
    isFiniteNumber(v.madeAt) &&
    optionalString(v.nodeId) &&
    optionalString(v.entryId)
  );
}

/** A tool job's shape, as a pending record or a message carries it. */
export function isToolJob(v: unknown): v is ToolJob {
  return (
    isObject(v) &&
    isToolId(v.tool) &&
    isString(v.imageUrl) &&
    optionalString(v.sourceNodeId) &&
    optionalString(v.sourceEntryId)
  );
}

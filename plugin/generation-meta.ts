/**
 * The plugin data every generated node carries, under one key, on both
 * hosts. It travels with the document and anyone with the file can read it:
 * it holds what made the asset, never the API key.
 */
import type { HistoryEntry } from '../core/history/types';
import { isModelId } from '../core/models/catalogue';
import type { GenerationMeta, Prefill } from '../core/protocol/messages';
import type { PendingTask } from '../core/tasks/types';

export const META_KEY = 'recraft';

/** The meta of a task's result; createdAt is when the task was accepted. */
export function metaFor(task: PendingTask): GenerationMeta {
  const { prompt, model, shape } = task.request;
  return { prompt, model, shape, taskId: task.taskId, createdAt: task.createdAt };
}

/** The meta of a History entry's result, for Insert again; createdAt is when the result was kept (History holds no other). */
export function entryMeta(entry: HistoryEntry): GenerationMeta {
  const { prompt, model, shape, taskId, createdAt } = entry;
  return { prompt, model, shape, taskId, createdAt };
}

/** JSON of exactly the five known fields, so nothing else can slip into the document. */
export function encodeMeta(meta: GenerationMeta): string {
  const { prompt, model, shape, taskId, createdAt } = meta;
  return JSON.stringify({ prompt, model, shape, taskId, createdAt });
}

/** The meta read back from a node, or undefined when the node was not made by this plugin. */
export function decodeMeta(text: string | null | undefined): GenerationMeta | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const ok =
    typeof v.prompt === 'string' &&
    isModelId(v.model) &&
    typeof v.shape === 'string' &&
    typeof v.taskId === 'string' &&
    typeof v.createdAt === 'number';
  if (!ok) return undefined;
  const { prompt, model, shape, taskId, createdAt } = v as unknown as GenerationMeta;
  return { prompt, model, shape, taskId, createdAt };
}

export function prefillFromMeta(meta: GenerationMeta): Prefill {
  return { prompt: meta.prompt, model: meta.model, shape: meta.shape };
}

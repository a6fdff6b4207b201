/**
 * The plugin data every generated node carries, under one key, on both
 * hosts. It travels with the document and anyone with the file can read it:
 * it holds what made the asset, never the API key.
 */
import type { HistoryEntry } from '../core/history/types';
import type { GenerationMeta, Prefill } from '../core/protocol/messages';
import { isGenerationMeta } from '../core/protocol/value-checks';
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
  if (!isGenerationMeta(value)) return undefined;
  const { prompt, model, shape, taskId, createdAt } = value;
  return { prompt, model, shape, taskId, createdAt };
}

export function prefillFromMeta(meta: GenerationMeta): Prefill {
  return { prompt: meta.prompt, model: meta.model, shape: meta.shape };
}

/**
 * Regenerate a generated layer: the same settings again (prompt, model, size and the vector options the
 * layer carries), as one generation whose result replaces that layer in place. A set's icon has its own
 * rule (core/sets/icon-request.ts regenerateRequest), which keeps the set's look.
 */
import type { GenerationMeta } from '../protocol/messages';
import { DEFAULT_VECTOR_OPTIONS, type GenerationRequest } from './types';

export function regenerateLayerRequest(meta: GenerationMeta, nodeId: string): GenerationRequest {
  return {
    model: meta.model,
    prompt: meta.prompt,
    size: meta.size,
    // A layer made before the options were kept: the defaults, as the form starts with.
    vector: meta.vector ?? DEFAULT_VECTOR_OPTIONS,
    target: { kind: 'replace', nodeId },
  };
}

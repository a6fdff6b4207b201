/**
 * The JSON body of a generation POST, built from the catalogue: Recraft
 * takes `image_size` ("WIDTHxHEIGHT"), the other models `aspect_ratio`.
 *
 * @example
 * generationBody({ model: 'recraft-v4-text-to-image', prompt: 'a fox', size: '1024x1024', ... });
 * // { model: 'recraft-v4-text-to-image', prompt: 'a fox', image_size: '1024x1024' }
 */
import { isValidSize, modelById, PROMPT_MAX, PROMPT_MIN } from '../models/catalogue';
import type { GenerationRequest } from '../tasks/types';
import { pluginError } from './errors';

export function generationBody(request: GenerationRequest): Record<string, string> {
  const model = modelById(request.model);
  const prompt = request.prompt.trim();
  // Checked here too, so a bad prompt never costs a round trip (or credits).
  // Characters as people count them (code points), as the gateway does.
  const length = [...prompt].length;
  if (length < PROMPT_MIN || length > PROMPT_MAX) {
    throw pluginError('prompt-length', length, PROMPT_MIN, PROMPT_MAX);
  }
  const size = isValidSize(model, request.size) ? request.size : model.sizes[0]!;
  return { model: model.id, prompt, [model.sizeParam]: size };
}

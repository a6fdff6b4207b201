/**
 * The JSON body of a generation POST, built from the catalogue: Recraft
 * takes `image_size` ("WIDTHxHEIGHT"), the other models `aspect_ratio`.
 * Brand colours (`controls`, Recraft's own field, not documented by the
 * gateway) go only to a Recraft model, and only when the request carries them
 * (the designer opted in); anything else never sends them.
 *
 * @example
 * generationBody({ model: 'recraft-v4-text-to-image', prompt: 'a fox', size: '1024x1024', ... });
 * // { model: 'recraft-v4-text-to-image', prompt: 'a fox', image_size: '1024x1024' }
 */
import { isValidSize, modelById, PROMPT_MAX, PROMPT_MIN } from '../models/catalogue';
import type { GenerationRequest } from '../tasks/types';
import { pluginError } from './errors';
import { isRecraftControls, type RecraftControls } from './recraft-controls';
import { promptLength } from '../errors/gateway';

/** @public What a generation POST sends. */
export interface GenerationBody {
  readonly model: string;
  readonly prompt: string;
  readonly image_size?: string;
  readonly aspect_ratio?: string;
  readonly controls?: RecraftControls;
}

export function generationBody(request: GenerationRequest): GenerationBody {
  const model = modelById(request.model);
  const prompt = request.prompt.trim();
  // Checked here too, so a bad prompt never costs a round trip (or credits).
  // Characters as people count them (code points), as the gateway does.
  const length = [...prompt].length;
  if (length < PROMPT_MIN || length > PROMPT_MAX) {
    throw pluginError(promptLength, length, PROMPT_MIN, PROMPT_MAX);
  }
  const size = isValidSize(model, request.size) ? request.size : model.sizes[0]!;
  const body = { model: model.id, prompt, [model.sizeParam]: size };
  const { controls } = request;
  // Checked again: the body goes to a paid endpoint, and only the documented shape may go.
  if (model.family !== 'recraft' || controls === undefined || !isRecraftControls(controls)) return body;
  return { ...body, controls: copyControls(controls) };
}

/** A fresh copy holding only the documented fields. */
function copyControls(controls: RecraftControls): RecraftControls {
  const rgb = (c: { rgb: readonly [number, number, number] }) => ({
    rgb: [c.rgb[0], c.rgb[1], c.rgb[2]] as const,
  });
  return {
    ...(controls.colors ? { colors: controls.colors.map(rgb) } : {}),
    ...(controls.background_color ? { background_color: rgb(controls.background_color) } : {}),
  };
}

/**
 * Checks a generation request as the gateway would, with a specific message
 * for each mistake (the plugin shows a 400's message to the designer).
 */
import {
  isModelId,
  isValidSize,
  modelById,
  parseSize,
  PROMPT_MAX,
  PROMPT_MIN,
  type ModelInfo,
} from '../../core/models/catalogue';
import { controlsProblem } from './controls';
import { isRecord } from './http-util';

export interface ValidRequest {
  readonly model: ModelInfo;
  readonly prompt: string;
  /** The image_size or aspect_ratio asked for (the model's default when absent). */
  readonly size: string;
  readonly width: number;
  readonly height: number;
  /** Recraft's `controls`, as sent (checked by controls.ts). */
  readonly controls?: unknown;
}

/** Pixel size for an aspect ratio: 1024 on the long side, as the raster models deliver. */
function sizeOfRatio(ratio: string): { width: number; height: number } {
  const [w, h] = ratio.split(':').map(Number) as [number, number];
  return w >= h
    ? { width: 1024, height: Math.round((1024 * h) / w) }
    : { width: Math.round((1024 * w) / h), height: 1024 };
}

function checkSize(model: ModelInfo, body: Record<string, unknown>): string | { size: string } {
  const name = model.sizeParam;
  const value = body[name] ?? model.sizes[0];
  if (typeof value !== 'string' || !isValidSize(model, value)) {
    return `Invalid ${name} ${JSON.stringify(value)} for model ${model.id}; expected one of: ${model.sizes.join(', ')}`;
  }
  return { size: value };
}

export function validateGeneration(body: unknown): ValidRequest | string {
  if (!isRecord(body)) return 'Request body must be a JSON object';
  if (body.model === undefined || body.model === '') return 'model is required';
  if (!isModelId(body.model)) return `Unknown model ${JSON.stringify(body.model)}`;
  const model = modelById(body.model);
  if (typeof body.prompt !== 'string' || body.prompt.trim() === '') return 'prompt is required';
  const length = [...body.prompt].length;
  if (length < PROMPT_MIN || length > PROMPT_MAX) {
    return `prompt must be between ${PROMPT_MIN} and ${PROMPT_MAX} characters (got ${length})`;
  }
  const checked = checkSize(model, body);
  if (typeof checked === 'string') return checked;
  const pixels = parseSize(checked.size) ?? sizeOfRatio(checked.size);
  const { controls } = body;
  if (controls !== undefined) {
    const problem = controlsProblem(model, controls);
    if (problem) return problem;
  }
  return {
    model,
    prompt: body.prompt,
    size: checked.size,
    ...pixels,
    ...(controls === undefined ? {} : { controls }),
  };
}

import { defaultSize, isValidSize, modelById, parseSize, type ModelId } from '../../core/models/catalogue';

/**
 * The size (or aspect ratio) to show for a model: the designer's last choice
 * for it when still valid, else the catalogue default (1024x1024 for V4,
 * 2048x2048 for V4 Pro, 1:1 for the others).
 */
export function sizeFor(model: ModelId, remembered: Partial<Record<ModelId, string>>): string {
  const info = modelById(model);
  const last = remembered[model];
  return last !== undefined && isValidSize(info, last) ? last : defaultSize(info);
}

/** The remembered choices with `size` recorded for `model`. */
export function rememberSize(
  remembered: Partial<Record<ModelId, string>>,
  model: ModelId,
  size: string,
): Partial<Record<ModelId, string>> {
  return { ...remembered, [model]: size };
}

const ASPECT_NAMES: Record<string, string> = {
  '1:1': 'square',
  '4:3': 'landscape',
  '3:4': 'portrait',
  '16:9': 'wide',
  '9:16': 'tall',
};

/** "1024 × 1024", or "16:9 wide" for aspect ratios. */
export function sizeText(size: string): string {
  const pixels = parseSize(size);
  if (pixels) return `${pixels.width} × ${pixels.height}`;
  const name = ASPECT_NAMES[size];
  return name ? `${size} ${name}` : size;
}

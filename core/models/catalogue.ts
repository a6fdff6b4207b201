/**
 * The one catalogue of models the generation endpoint serves. Every id,
 * price, size list and timing lives here so a gateway change is one line.
 *
 * @example
 * const model = modelById('recraft-v4-text-to-vector');
 * model.credits; // 20
 */

export type OutputKind = 'vector' | 'raster';
type Tier = 'standard' | 'pro';

/** How a model is told the output's size: Recraft takes a pixel size, the others an aspect ratio. */
type SizeParam = 'image_size' | 'aspect_ratio';

const RECRAFT_V4_SIZES = [
  '1024x1024',
  '1536x768',
  '768x1536',
  '1280x832',
  '832x1280',
  '1216x896',
  '896x1216',
  '1152x896',
  '896x1152',
  '832x1344',
  '1280x896',
  '896x1280',
  '1344x768',
  '768x1344',
] as const;

const RECRAFT_V4_PRO_SIZES = [
  '2048x2048',
  '3072x1536',
  '1536x3072',
  '2560x1664',
  '1664x2560',
  '2432x1792',
  '1792x2432',
  '2304x1792',
  '1792x2304',
  '1664x2688',
  '2560x1792',
  '1792x2560',
  '2688x1536',
  '1536x2688',
] as const;

const ASPECT_RATIOS = ['1:1', '4:3', '3:4', '16:9', '9:16'] as const;

export const MODEL_IDS = [
  'recraft-v4-text-to-vector',
  'recraft-v4-pro-text-to-vector',
  'recraft-v4-text-to-image',
  'recraft-v4-pro-text-to-image',
  'grok-imagine',
  'kling-image-o1',
  'ideogram-v3',
  'imagen-4',
] as const;

export type ModelId = (typeof MODEL_IDS)[number];

export interface ModelInfo {
  readonly id: ModelId;
  /** Short name shown in the picker. */
  readonly label: string;
  readonly family: 'recraft' | 'other';
  readonly output: OutputKind;
  readonly tier?: Tier;
  /** Credits charged per image (1 credit is about one US cent). */
  readonly credits: number;
  readonly sizeParam: SizeParam;
  /** Valid values for `sizeParam`, the default first. */
  readonly sizes: readonly string[];
  /** Typical seconds from creation to a finished task; drives the polling schedule. */
  readonly typicalSeconds: number;
}

const recraft = (
  id: ModelId,
  label: string,
  output: OutputKind,
  tier: Tier,
  credits: number,
  typicalSeconds: number,
): ModelInfo => ({
  id,
  label,
  family: 'recraft',
  output,
  tier,
  credits,
  sizeParam: 'image_size',
  sizes: tier === 'pro' ? RECRAFT_V4_PRO_SIZES : RECRAFT_V4_SIZES,
  typicalSeconds,
});

const other = (id: ModelId, label: string, credits: number, typicalSeconds: number): ModelInfo => ({
  id,
  label,
  family: 'other',
  output: 'raster',
  credits,
  sizeParam: 'aspect_ratio',
  sizes: ASPECT_RATIOS,
  typicalSeconds,
});

export const MODELS: readonly ModelInfo[] = [
  recraft('recraft-v4-text-to-vector', 'Vector', 'vector', 'standard', 20, 15),
  recraft('recraft-v4-pro-text-to-vector', 'Vector Pro', 'vector', 'pro', 70, 35),
  recraft('recraft-v4-text-to-image', 'Raster', 'raster', 'standard', 10, 10),
  recraft('recraft-v4-pro-text-to-image', 'Raster Pro', 'raster', 'pro', 60, 30),
  other('grok-imagine', 'Grok Imagine', 5, 10),
  other('kling-image-o1', 'Kling Image O1', 6, 20),
  other('ideogram-v3', 'Ideogram V3', 8, 15),
  other('imagen-4', 'Imagen 4', 8, 12),
];

export const DEFAULT_MODEL_ID: ModelId = 'recraft-v4-text-to-vector';

export function isModelId(value: unknown): value is ModelId {
  return typeof value === 'string' && (MODEL_IDS as readonly string[]).includes(value);
}

export function modelById(id: ModelId): ModelInfo {
  const model = MODELS.find((m) => m.id === id);
  if (!model) throw new Error(`Unknown model ${id}`);
  return model;
}

export function defaultSize(model: ModelInfo): string {
  return model.sizes[0]!;
}

export function isValidSize(model: ModelInfo, size: string): boolean {
  return model.sizes.includes(size);
}

/** Parses "WIDTHxHEIGHT"; aspect ratios give undefined. */
export function parseSize(size: string): { width: number; height: number } | undefined {
  const match = /^(\d{2,5})x(\d{2,5})$/.exec(size);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined;
}

export const PROMPT_MIN = 3;
export const PROMPT_MAX = 5000;

/**
 * Settings as stored may be partial or from an older version (the
 * playground seeds only `{apiBase}`): every field is checked on its own and
 * falls back to its default, so a bad value never breaks the plugin.
 */
import { normaliseApiBase } from '../core/api/api-base';
import { normaliseHex } from '../core/color/hex';
import { isModelId, type ModelId } from '../core/models/catalogue';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { STORE_KEYS, type KeyValueStore } from '../core/storage/store';
import { clampBatch } from '../core/tasks/batch-limit';
import { isIconFrame, type VectorOptions } from '../core/tasks/types';

const RECOLOR: readonly VectorOptions['recolor'][] = ['none', 'palette', 'mono'];

type Loose = Record<string, unknown>;
const asObject = (v: unknown): Loose => (typeof v === 'object' && v !== null ? (v as Loose) : {});

/** The settings the designer saved through the UI (per-user storage), checked. */
export async function savedSettingsAsync(storage: KeyValueStore): Promise<Settings> {
  return readSettings(await storage.getAsync<unknown>(STORE_KEYS.settings));
}

export function readSettings(raw: unknown): Settings {
  const s = asObject(raw);
  return {
    apiBase: normaliseApiBase(s.apiBase) ?? DEFAULT_SETTINGS.apiBase,
    model: isModelId(s.model) ? s.model : DEFAULT_SETTINGS.model,
    // Older versions saved the per-model sizes as `shapes`; only `sizes` is written back.
    sizes: readSizes(s.sizes ?? s.shapes),
    vector: readVector(s.vector),
    batch: readBatch(s.batch),
  };
}

function readSizes(value: unknown): Partial<Record<ModelId, string>> {
  const sizes: Partial<Record<ModelId, string>> = {};
  for (const [model, size] of Object.entries(asObject(value))) {
    if (isModelId(model) && typeof size === 'string') sizes[model] = size;
  }
  return sizes;
}

function readVector(value: unknown): VectorOptions {
  const v = asObject(value);
  const d = DEFAULT_SETTINGS.vector;
  const palette = Array.isArray(v.palette)
    ? v.palette.map(normaliseHex).filter((c): c is string => c !== undefined)
    : d.palette;
  return {
    removeBackground: typeof v.removeBackground === 'boolean' ? v.removeBackground : d.removeBackground,
    recolor: RECOLOR.includes(v.recolor as VectorOptions['recolor'])
      ? (v.recolor as VectorOptions['recolor'])
      : d.recolor,
    palette,
    mono: normaliseHex(v.mono) ?? d.mono,
    ...(isIconFrame(v.iconFrame)
      ? { iconFrame: { size: v.iconFrame.size, padding: v.iconFrame.padding } }
      : {}),
  };
}

/** Clamped to the form's own limit: a corrupt value never spends more credits than the form allows. */
function readBatch(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) ? clampBatch(value) : DEFAULT_SETTINGS.batch;
}

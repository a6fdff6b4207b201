/**
 * Settings as stored may be partial or from an older version (the
 * playground seeds only `{apiBase}`): every field is checked on its own and
 * falls back to its default, so a bad value never breaks the plugin.
 */
import { normaliseApiBase } from '../core/api/api-base';
import { normaliseHex } from '../core/color/hex';
import { isModelId, PROMPT_MAX, type ModelId } from '../core/models/catalogue';
import { DEFAULT_SETTINGS, type SetFormSettings, type Settings } from '../core/settings';
import { MAX_SET_VARIANTS, SET_ICON_SIZES, type SetColourMode, type SetIconSize } from '../core/sets/types';
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
    // Settings saved before icon sets have none: the set form's defaults.
    set: readSetForm(s.set),
    sendBrandColours: flag(s.sendBrandColours, DEFAULT_SETTINGS.sendBrandColours),
    paletteInPrompt: flag(s.paletteInPrompt, DEFAULT_SETTINGS.paletteInPrompt),
  };
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

const COLOUR_MODES: readonly SetColourMode[] = ['keep', 'mono', 'palette'];

/** Each field on its own: text longer than a prompt may be is not the designer's (storage damage). */
function readSetForm(value: unknown): SetFormSettings {
  const v = asObject(value);
  const d = DEFAULT_SETTINGS.set;
  const text = (x: unknown, fallback: string) =>
    typeof x === 'string' && x.length <= PROMPT_MAX ? x : fallback;
  const iconSize = (SET_ICON_SIZES as readonly unknown[]).includes(v.iconSize)
    ? (v.iconSize as SetIconSize)
    : d.iconSize;
  const padding = v.padding;
  const bindId = v.bindId;
  return {
    icons: text(v.icons, d.icons),
    style: text(v.style, d.style),
    template: text(v.template, d.template),
    model: isModelId(v.model) ? v.model : d.model,
    iconSize,
    ...(typeof padding === 'number' && Number.isFinite(padding) && padding >= 0 && padding < iconSize / 2
      ? { padding }
      : {}),
    colourMode: COLOUR_MODES.includes(v.colourMode as SetColourMode)
      ? (v.colourMode as SetColourMode)
      : d.colourMode,
    mono: normaliseHex(v.mono) ?? d.mono,
    ...(typeof bindId === 'string' && bindId.length > 0 && bindId.length <= 200 ? { bindId } : {}),
    variants: wholeIn(v.variants, 1, MAX_SET_VARIANTS) ?? d.variants,
    prefix: text(v.prefix, d.prefix),
    name: text(v.name, d.name),
    confirmCredits: wholeIn(v.confirmCredits, 0, Number.MAX_SAFE_INTEGER) ?? d.confirmCredits,
  };
}

function wholeIn(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
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

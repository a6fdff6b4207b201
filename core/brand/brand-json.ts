/**
 * A brand kit as text, to copy into another file's plugin: exported with its
 * keys in one fixed order, two-space indented, so the same kit always gives
 * the same text; imported from anything pasted, which is hostile until
 * checked. Import reads the text only up to a size limit, takes known own
 * fields only into fresh objects (a "__proto__" key is just ignored data),
 * and names the first field that is wrong.
 */
import type { UserError } from '../api/errors';
import { normaliseHex } from '../color/hex';
import {
  brandFieldInvalid,
  brandJsonTooLarge,
  brandJsonUnreadable,
  type BrandKitField,
  brandPaletteTooMany,
} from '../errors/brand';
import { userError } from '../errors/user-error';
import { isModelId, type ModelId } from '../models/catalogue';
import { isBrandIconSpec } from './brand-checks';
import {
  BRAND_KIT_VERSION,
  BRAND_PALETTE_MAX,
  type BrandColour,
  type BrandIconSpec,
  type BrandKit,
} from './types';
import { validateBrandKit } from './validate';

/** Characters a pasted kit may have: a full kit is well under 2,000. */
export const BRAND_JSON_MAX_CHARS = 16_384;

export function brandKitJson(kit: BrandKit): string {
  const ordered = {
    version: kit.version,
    palette: kit.palette.map((c) => ({ role: c.role, hex: normaliseHex(c.hex) ?? c.hex })),
    styleWords: kit.styleWords,
    icon: { size: kit.icon.size, padding: kit.icon.padding, colourMode: kit.icon.colourMode },
    prefix: kit.prefix,
    vectorModel: kit.vectorModel,
    rasterModel: kit.rasterModel,
  };
  return JSON.stringify(ordered, null, 2);
}

/** @public What parseBrandKit gives: the kit, or the error that names what is wrong. */
export type ParsedBrandKit = { readonly kit: BrandKit } | { readonly error: UserError };

export function parseBrandKit(text: unknown): ParsedBrandKit {
  if (typeof text !== 'string') return { error: userError(brandJsonUnreadable) };
  // Before parsing: a huge paste is refused without being read.
  if (text.length > BRAND_JSON_MAX_CHARS) {
    return { error: userError(brandJsonTooLarge, text.length, BRAND_JSON_MAX_CHARS) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: userError(brandJsonUnreadable) };
  }
  const kit = kitOf(value);
  if (typeof kit === 'string') return { error: userError(brandFieldInvalid, kit) };
  if ('code' in kit) return { error: kit };
  const invalid = validateBrandKit(kit);
  return invalid ? { error: invalid } : { kit };
}

/** The value's own property (never one inherited from a prototype). */
function own(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

const isRecord = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A fresh kit from the parsed value, or the first field that is wrong (or the palette's own error). */
function kitOf(value: unknown): BrandKit | BrandKitField | UserError {
  if (!isRecord(value)) return 'kit';
  if (own(value, 'version') !== BRAND_KIT_VERSION) return 'version';
  const read = paletteOf(own(value, 'palette'));
  if (typeof read === 'string' || !('palette' in read)) return read;
  const { palette } = read;
  const styleWords = own(value, 'styleWords');
  if (typeof styleWords !== 'string') return 'styleWords';
  const icon = iconOf(own(value, 'icon'));
  if (!icon) return 'icon';
  const prefix = own(value, 'prefix');
  if (typeof prefix !== 'string') return 'prefix';
  const vectorModel = own(value, 'vectorModel');
  if (!isModelId(vectorModel)) return 'vectorModel';
  const rasterModel = own(value, 'rasterModel');
  if (!isModelId(rasterModel)) return 'rasterModel';
  return {
    version: BRAND_KIT_VERSION,
    palette,
    styleWords: styleWords.trim(),
    icon,
    prefix: prefix.trim(),
    vectorModel: vectorModel as ModelId,
    rasterModel: rasterModel as ModelId,
  };
}

function paletteOf(value: unknown): { readonly palette: readonly BrandColour[] } | 'palette' | UserError {
  if (!Array.isArray(value)) return 'palette';
  // Counted before anything in it is read.
  if (value.length > BRAND_PALETTE_MAX)
    return userError(brandPaletteTooMany, value.length, BRAND_PALETTE_MAX);
  const palette: BrandColour[] = [];
  for (const entry of value) {
    if (!isRecord(entry)) return 'palette';
    const role = own(entry, 'role');
    const hex = own(entry, 'hex');
    if (typeof role !== 'string' || typeof hex !== 'string') return 'palette';
    // A colour that is not one stays as written, so validate.ts names it with its position.
    palette.push({ role: role.trim(), hex: normaliseHex(hex) ?? hex });
  }
  return { palette };
}

function iconOf(value: unknown): BrandIconSpec | undefined {
  if (!isRecord(value)) return undefined;
  const icon = {
    size: own(value, 'size'),
    padding: own(value, 'padding'),
    colourMode: own(value, 'colourMode'),
  };
  return isBrandIconSpec(icon) ? icon : undefined;
}

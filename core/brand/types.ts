/**
 * A brand kit: one per document, kept in the document (never the designer's
 * own storage, never the key), so every teammate who opens the file gets the
 * same palette, style words, icon spec, name prefix and preferred models.
 * Generate and Icon set take their defaults from it.
 */
import type { ModelId } from '../models/catalogue';
import type { SetColourMode, SetIconSize } from '../sets/types';

/** The kit's format; a kit of another version is refused on import (brand-json.ts). */
export const BRAND_KIT_VERSION = 1;
/** Colours a kit holds at most. */
export const BRAND_PALETTE_MAX = 8;
/** Characters in a colour's role name. */
export const BRAND_ROLE_MAX_CHARS = 40;
/** Characters of style words. */
export const BRAND_STYLE_MAX_CHARS = 500;

/** Role names given to colours in order when the kit is prefilled; the designer edits them. */
export const BRAND_ROLES = [
  'primary',
  'secondary',
  'accent',
  'background',
  'text',
  'highlight',
  'muted',
  'border',
] as const;

export interface BrandColour {
  /** What the colour is for ("primary", "background"…), unique in the kit. */
  readonly role: string;
  /** "#rrggbb", lower case (core/color/hex.ts). */
  readonly hex: string;
}

export interface BrandIconSpec {
  readonly size: SetIconSize;
  /** Space kept free on each side, px (under half the size). */
  readonly padding: number;
  readonly colourMode: SetColourMode;
}

export interface BrandKit {
  readonly version: typeof BRAND_KIT_VERSION;
  /** Up to BRAND_PALETTE_MAX, in the designer's order (the first five go to the model as controls). */
  readonly palette: readonly BrandColour[];
  /** Words describing the brand's look ("flat, rounded, friendly"), used as an icon set's style. */
  readonly styleWords: string;
  readonly icon: BrandIconSpec;
  /** Icon components are named `${prefix}/${subject}` (core/sets/names.ts). */
  readonly prefix: string;
  readonly vectorModel: ModelId;
  readonly rasterModel: ModelId;
}

/**
 * A kit for a document that has none yet: its palette prefilled from the
 * document's own colours (Figma colour variables and styles, Penpot library
 * colours, as core/color/swatch.ts carries them), each given a role in order
 * (primary, secondary, accent…), the rest the icon set's defaults. The
 * designer edits it from there; it is never prefilled again once saved.
 */
import { normaliseHex } from '../color/hex';
import type { Swatch } from '../color/swatch';
import { DEFAULT_MODEL_ID } from '../models/catalogue';
import { defaultPadding } from '../sets/set-cost';
import { DEFAULT_NAME_PREFIX, DEFAULT_SET_ICON_SIZE } from '../sets/types';
import { BRAND_KIT_VERSION, BRAND_PALETTE_MAX, BRAND_ROLES, type BrandColour, type BrandKit } from './types';

/** The raster model a kit starts with: the standard Recraft raster tier. */
const DEFAULT_RASTER_MODEL = 'recraft-v4-text-to-image';

/** The document's colours, in its order, each colour once, at most BRAND_PALETTE_MAX, with roles in order. */
export function paletteFromSwatches(swatches: readonly Swatch[]): BrandColour[] {
  const seen = new Set<string>();
  const palette: BrandColour[] = [];
  for (const swatch of swatches) {
    const hex = normaliseHex(swatch.hex);
    if (hex === undefined || seen.has(hex)) continue;
    seen.add(hex);
    palette.push({ role: BRAND_ROLES[palette.length]!, hex });
    if (palette.length === BRAND_PALETTE_MAX) break;
  }
  return palette;
}

export function prefillBrandKit(swatches: readonly Swatch[]): BrandKit {
  const palette = paletteFromSwatches(swatches);
  return {
    version: BRAND_KIT_VERSION,
    palette,
    styleWords: '',
    icon: {
      size: DEFAULT_SET_ICON_SIZE,
      padding: defaultPadding(DEFAULT_SET_ICON_SIZE),
      colourMode: palette.length > 0 ? 'palette' : 'keep',
    },
    prefix: DEFAULT_NAME_PREFIX,
    vectorModel: DEFAULT_MODEL_ID,
    rasterModel: DEFAULT_RASTER_MODEL,
  };
}

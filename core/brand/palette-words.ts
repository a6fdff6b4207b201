/**
 * The kit's palette in words for the prompt ("colour palette: slateblue
 * #4f46e5, orange #f59e0b"): what every model can read, documented or not.
 * Each colour is named by the CSS colour nearest to it (OKLab distance), its
 * hex kept beside the name so nothing is lost. Shown in the prompt preview.
 */
import { normaliseHex, parseHex } from '../color/hex';
import { namedColor, namedColorNames } from '../color/named-colors';
import { nearestIndex, prepareColors, type PreparedPalette } from '../color/nearest-color';
import { fromRgbNumber } from '../color/rgba';
import type { BrandColour } from './types';

let names: { readonly list: readonly string[]; readonly prepared: PreparedPalette } | undefined;

/** The CSS colour name nearest to a "#rrggbb" colour; undefined for anything that is not a colour. */
export function colourName(hex: string): string | undefined {
  // A kept colour is "#rrggbb" (normaliseHex): the plugin window carries no full CSS colour parser for it.
  const colour = parseHex(normaliseHex(hex) ?? '');
  if (!colour) return undefined;
  if (!names) {
    const list = namedColorNames();
    names = { list, prepared: prepareColors(list.map((name) => fromRgbNumber(namedColor(name)!))) };
  }
  return names.list[nearestIndex(colour, names.prepared)];
}

/** "colour palette: slateblue #4f46e5, orange #f59e0b"; '' for a palette with no colour. */
export function paletteWords(palette: readonly BrandColour[]): string {
  const words = palette.flatMap((c) => {
    const hex = normaliseHex(c.hex);
    const name = hex && colourName(hex);
    return hex && name ? [`${name} ${hex}`] : [];
  });
  return words.length ? `colour palette: ${words.join(', ')}` : '';
}

/** The prompt with the palette's words after it (as the preview shows and the request sends). */
export function promptWithPalette(prompt: string, palette: readonly BrandColour[]): string {
  const words = paletteWords(palette);
  const base = prompt.trim();
  if (!words) return base;
  return base ? `${base}, ${words}` : words;
}

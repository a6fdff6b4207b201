import { oklabDistanceSquared, srgbToOklab, type Oklab } from './oklab';
import { parseColor } from './parse-color';
import { toHex, type Rgba } from './rgba';

/** A palette ready for matching: its colours as hex and in OKLab. */
export interface PreparedPalette {
  readonly hex: readonly string[];
  readonly lab: readonly Oklab[];
}

/** Parses a palette, skipping entries that are not colours (an empty palette matches nothing). */
export function preparePalette(palette: readonly string[]): PreparedPalette {
  return prepareColors(palette.flatMap((entry) => parseColor(entry) ?? []));
}

/** A palette already read as colours: no CSS parser is needed, so a bundle that only names colours has none. */
export function prepareColors(colors: readonly Rgba[]): PreparedPalette {
  return { hex: colors.map(toHex), lab: colors.map(srgbToOklab) };
}

/** Index of the palette colour nearest to `color` in OKLab, or -1 for an empty palette. */
export function nearestIndex(color: Rgba, palette: PreparedPalette): number {
  const target = srgbToOklab(color);
  let best = -1;
  let bestDistance = Infinity;
  palette.lab.forEach((candidate, index) => {
    const distance = oklabDistanceSquared(target, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return best;
}

import { nearestIndex, preparePalette } from '../color/nearest-color';
import { parseColor } from '../color/parse-color';
import { toHex, type Rgba } from '../color/rgba';
import { visitColors } from './color-values';
import type { SvgElement } from './tree';
import type { CleanSvgOptions } from './types';

/**
 * Maps every colour to the nearest palette colour (OKLab distance) or to
 * one colour; gradient stops included. Translucent colours keep their
 * alpha; fully transparent ones are left alone. An empty palette or an
 * unreadable mono colour changes nothing.
 */
export function recolor(root: SvgElement, option: NonNullable<CleanSvgOptions['recolor']>): void {
  const pick = chooser(option);
  if (!pick) return;
  const mapped = new Map<string, string | null>();
  visitColors(root, (color, text) => {
    let result = mapped.get(text);
    if (result === undefined) {
      result = color.a === 0 ? null : withAlpha(pick(color), color.a);
      mapped.set(text, result);
    }
    return result ?? undefined;
  });
}

function withAlpha(hex: string, alpha: number): string {
  if (alpha >= 1) return hex;
  const target = parseColor(hex) as Rgba;
  return `rgba(${target.r},${target.g},${target.b},${Math.round(alpha * 1000) / 1000})`;
}

/** Collects the distinct opaque-or-translucent colours, most used first, as "#rrggbb". */
export function collectColors(root: SvgElement): string[] {
  const counts = new Map<string, number>();
  visitColors(root, (color) => {
    if (color.a > 0) {
      const hex = toHex(color);
      counts.set(hex, (counts.get(hex) ?? 0) + 1);
    }
    return undefined;
  });
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([hex]) => hex);
}

function chooser(option: NonNullable<CleanSvgOptions['recolor']>): ((color: Rgba) => string) | undefined {
  if (option.mode === 'mono') {
    const mono = parseColor(option.color);
    return mono ? () => toHex(mono) : undefined;
  }
  const palette = preparePalette(option.palette);
  if (palette.hex.length === 0) return undefined;
  return (color) => palette.hex[nearestIndex(color, palette)] ?? toHex(color);
}

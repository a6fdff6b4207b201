import type { VectorOptions } from '../tasks/types';
import { preparePalette } from '../color/nearest-color';
import { parseColor } from '../color/parse-color';
import type { CleanSvgOptions } from './types';

/**
 * The pipeline options for a designer's vector choices: background removal
 * and recolouring as picked, the requested size, and always the
 * drawing-preserving simplify. Palette entries that are not colours are
 * skipped; an empty palette or an unreadable mono colour means no recolour.
 *
 * @example
 *   cleanSvg(svg, cleanOptionsFor(request.vector, { width: 1024, height: 1024 }))
 */
export function cleanOptionsFor(
  vector: VectorOptions,
  size?: { width: number; height: number },
): CleanSvgOptions {
  return {
    ...(size ? { width: size.width, height: size.height } : {}),
    removeBackground: vector.removeBackground,
    ...(vector.iconFrame ? { fit: { size: vector.iconFrame.size, padding: vector.iconFrame.padding } } : {}),
    ...recolorFor(vector),
    simplify: true,
  };
}

function recolorFor(vector: VectorOptions): Pick<CleanSvgOptions, 'recolor'> {
  if (vector.recolor === 'palette') {
    const palette = preparePalette(vector.palette).hex;
    return palette.length ? { recolor: { mode: 'palette', palette } } : {};
  }
  if (vector.recolor === 'mono' && parseColor(vector.mono))
    return { recolor: { mode: 'mono', color: vector.mono } };
  return {};
}

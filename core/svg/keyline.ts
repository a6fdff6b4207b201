import { isEmptyBox, type Box } from './box';
import type { OutlineSample } from './outline-sample';

/** The keyline shapes of icon systems: the drawing is fitted to the one its geometry is closest to. */
export type Keyline = 'circle' | 'square' | 'portrait' | 'landscape';

/**
 * Each keyline's box as a share of the live area L (size − 2 × padding): at 24 px with 2 px padding a
 * round drawing spans 20, a square one 18, a portrait one 16 × 20, a landscape one 20 × 16. A square
 * fills its box's corners, so it is drawn smaller to look as big as a circle.
 */
export const KEYLINE_BOX: Readonly<Record<Keyline, { readonly width: number; readonly height: number }>> = {
  circle: { width: 1, height: 1 },
  square: { width: 0.9, height: 0.9 },
  portrait: { width: 0.8, height: 1 },
  landscape: { width: 1, height: 0.8 },
};

/**
 * Width over height below which a drawing is portrait (and above its inverse, landscape). At 8/9 a drawing
 * fitted in the portrait box (0.8 L wide) is as tall as it would be in the square box (0.9 L), so
 * crossing the threshold does not change a square-ish drawing's size.
 */
const PORTRAIT_BELOW = 8 / 9;
/**
 * Mean corner reach (see cornerReach) from which a near-square drawing is square: halfway between a
 * circle's 1/√2 ≈ 0.707 and a square's 1. A rounded square whose corner radius is up to half its half-side
 * stays square; a triangle (two corners reached out of four: 0.75), a star or a heart are round.
 */
const SQUARE_REACH = 0.85;

export interface KeylineChoice {
  readonly keyline: Keyline;
  /** The drawing's bounds, width over height. */
  readonly aspect: number;
  /** How far the outline reaches into the corners of its bounds, 0.707 for a circle to 1 for a square. */
  readonly reach: number;
}

/**
 * Which keyline a drawing gets, from its bounds and outline points: the aspect ratio decides portrait or
 * landscape; a near-square drawing is square when it fills the corners of its bounds, round otherwise.
 * Linear in the (bounded) number of points.
 */
export function keylineOf(box: Box, outline: OutlineSample): KeylineChoice {
  if (isEmptyBox(box)) return { keyline: 'circle', aspect: 1, reach: 0 };
  const width = box.maxX - box.minX;
  const height = box.maxY - box.minY;
  const aspect = height > 0 ? width / height : Infinity;
  const reach = cornerReach(box, outline);
  const keyline: Keyline =
    aspect < PORTRAIT_BELOW
      ? 'portrait'
      : aspect > 1 / PORTRAIT_BELOW
        ? 'landscape'
        : reach >= SQUARE_REACH
          ? 'square'
          : 'circle';
  return { keyline, aspect, reach };
}

/**
 * The mean over the four corners of the bounds of how far the outline gets towards each: with the bounds
 * mapped to the square [−1, 1]², a corner's reach is the largest (±x ± y) / 2 over the outline, pen
 * included (1 when a point sits in the corner, 1/√2 for a circle). A mean, not a maximum, so one sharp
 * corner (a speech bubble's tail, a magnifier's handle) does not make a round drawing square.
 */
function cornerReach(box: Box, outline: OutlineSample): number {
  const halfWidth = (box.maxX - box.minX) / 2;
  const halfHeight = (box.maxY - box.minY) / 2;
  if (!(halfWidth > 0 && halfHeight > 0)) return 0;
  const centreX = box.minX + halfWidth;
  const centreY = box.minY + halfHeight;
  // A disc of radius r reaches r·|(1/w, 1/h)| further along the normalised diagonal.
  const penScale = Math.hypot(1 / halfWidth, 1 / halfHeight);
  const best = [0, 0, 0, 0];
  outline.forEach((x, y, pen) => {
    const nx = (x - centreX) / halfWidth;
    const ny = (y - centreY) / halfHeight;
    const extra = pen * penScale;
    best[0] = Math.max(best[0] ?? 0, nx + ny + extra);
    best[1] = Math.max(best[1] ?? 0, -nx + ny + extra);
    best[2] = Math.max(best[2] ?? 0, nx - ny + extra);
    best[3] = Math.max(best[3] ?? 0, -nx - ny + extra);
  });
  // Clipping can leave outline points beyond the bounds: a corner is reached at most fully.
  return best.reduce((sum, value) => sum + Math.min(value / 2, 1), 0) / 4;
}

/**
 * How big a raster result is placed, whatever its header claims. A header is
 * only what the file says about itself: a result claiming 100000 × 100000
 * would land in Penpot as a rectangle of that size.
 *
 * - Up to MAX_PLACED_SIDE a side (Figma's createImage limit, so one limit
 *   serves both hosts), an image is placed at its own size.
 * - Larger, up to MAX_IMAGE_SIDE, it is placed scaled down to fit within
 *   MAX_PLACED_SIDE, keeping its aspect ratio; the fill still holds the
 *   whole image (Figma, which cannot import it at all, gets it re-encoded at
 *   that size by the UI first: plugin/image-converter.ts).
 * - Zero, or beyond MAX_IMAGE_SIDE, the header is not believed: the image is
 *   refused (no model renders that; browsers cannot even decode it).
 *
 * @example
 * placedSize(8192, 2048); // { width: 4096, height: 1024 }
 */

/** The largest side a placed image rectangle gets (Figma's createImage refuses larger images). */
export const MAX_PLACED_SIDE = 4096;
/** The largest side a header may claim before the image is refused as not believable. */
export const MAX_IMAGE_SIDE = 32_768;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Whole pixels from 1 to MAX_IMAGE_SIDE a side. */
export function isBelievableSize(width: number, height: number): boolean {
  const side = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_IMAGE_SIDE;
  return side(width) && side(height);
}

/** The rectangle an image of this size is placed as: its own size, or scaled down to fit the limit. */
export function placedSize(width: number, height: number): Size {
  return fitWithin(width, height, MAX_PLACED_SIDE);
}

/** The size scaled down, keeping its aspect ratio, so neither side exceeds `maxSide`; unchanged when it fits. */
export function fitWithin(width: number, height: number, maxSide: number): Size {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  if (scale === 1) return { width, height };
  // Never below a pixel: a 32768 × 1 strip stays visible.
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * The space between results laid side by side: 40 px between pieces of
 * artwork, one icon's own width between small icons (an icon grid), never
 * under 8 px.
 */
const ARTWORK_GAP = 40;
const MIN_GAP = 8;

export function gapFor(width: number): number {
  return Math.min(ARTWORK_GAP, Math.max(MIN_GAP, width));
}

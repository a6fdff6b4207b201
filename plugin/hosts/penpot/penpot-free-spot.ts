/**
 * The nearest spot for a `width` × `height` block that keeps `gap` clear of
 * every other layer, from a wished-for top-left corner. Candidates are the
 * wished-for corner and the corners that sit just past a layer's edge (beside,
 * above, below), paired on both axes; the nearest free one wins. Only the
 * layers closest to the wish make candidates, so the work stays bounded on a
 * crowded page; the spot right of everything is always free and always tried.
 */
import type { Point, Rect } from '../host';
import { overlaps } from '../../placement/areas';

/** Layers whose edges make candidates (the nearest to the wish). */
const MAX_EDGE_LAYERS = 32;

export function nearestFreeSpot(
  wish: Point,
  width: number,
  height: number,
  layers: readonly Rect[],
  gap: number,
): Point {
  const padded = (at: Point): Rect => ({
    x: at.x - gap,
    y: at.y - gap,
    width: width + 2 * gap,
    height: height + 2 * gap,
  });
  const isFree = (at: Point) => !layers.some((layer) => overlaps(padded(at), layer));
  if (isFree(wish)) return wish;

  const near = [...layers]
    .sort((a, b) => distance(wish, centreOf(a)) - distance(wish, centreOf(b)))
    .slice(0, MAX_EDGE_LAYERS);
  const xs = new Set([wish.x]);
  const ys = new Set([wish.y]);
  for (const layer of near) {
    xs.add(layer.x + layer.width + gap).add(layer.x - gap - width);
    ys.add(layer.y + layer.height + gap).add(layer.y - gap - height);
  }
  const candidates: Point[] = [];
  for (const x of xs) for (const y of ys) candidates.push({ x, y });
  candidates.sort((a, b) => distance(wish, a) - distance(wish, b));
  const found = candidates.find(isFree);
  if (found) return found;
  // Right of every layer, level with the wish: nothing can be there.
  const right = Math.max(...layers.map((layer) => layer.x + layer.width));
  return { x: right + gap, y: wish.y };
}

function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

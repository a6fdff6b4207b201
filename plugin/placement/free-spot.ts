/**
 * The nearest top-left corner, to a wished-for one, of a `width` × `height`
 * block that keeps `gap` clear of every layer, for both hosts' freeSpotAsync
 * (each passes its layers' rectangles in one coordinate space). Rows are
 * tried nearest first: the wish's own and those just above or below a layer;
 * in each row the layers it crosses are swept left to right once, merging the
 * spans the block's corner may not enter, and the free x nearest the wish is
 * taken. A row farther away than the best spot so far stops the search, and
 * the wish's own row always has room (right of everything). At most MAX_ROWS
 * rows are swept, so a crowded page costs MAX_ROWS × n log n at worst.
 */
import type { Point, Rect } from '../hosts/host';
import { gapFor } from './gap';

const MAX_ROWS = 200;

export function nearestFreeSpot(
  wish: Point,
  width: number,
  height: number,
  layers: readonly Rect[],
  gap: number,
): Point {
  // Where the block's corner may not be, per layer: the layer grown by the gap and, up and left, by the block.
  const blocked = layers.map((l) => ({
    left: l.x - gap - width,
    right: l.x + l.width + gap,
    top: l.y - gap - height,
    bottom: l.y + l.height + gap,
  }));
  // The wish's own row first (always tried), then the others nearest first.
  const rows = [
    wish.y,
    ...blocked.flatMap((b) => [b.top, b.bottom]).sort((a, b) => Math.abs(a - wish.y) - Math.abs(b - wish.y)),
  ].slice(0, MAX_ROWS);
  let best: Point | undefined;
  let bestDistance = Infinity;
  for (const y of rows) {
    if (Math.abs(y - wish.y) >= bestDistance) break;
    const spans = blocked.filter((b) => y > b.top && y < b.bottom).sort((a, b) => a.left - b.left);
    const x = nearestFreeX(wish.x, spans);
    const distance = Math.hypot(x - wish.x, y - wish.y);
    if (distance < bestDistance) {
      best = { x, y };
      bestDistance = distance;
    }
  }
  return best ?? wish;
}

/** Spans sorted by their left end: merged in one sweep, the free x nearest `wish` (open intervals). */
function nearestFreeX(wish: number, spans: readonly { left: number; right: number }[]): number {
  let start = -Infinity;
  let end = -Infinity;
  const merged: [number, number][] = [];
  for (const span of spans) {
    if (span.left < end) end = Math.max(end, span.right);
    else {
      if (end > start) merged.push([start, end]);
      start = span.left;
      end = span.right;
    }
  }
  if (end > start) merged.push([start, end]);
  const inside = merged.find(([a, b]) => wish > a && wish < b);
  if (!inside) return wish;
  return wish - inside[0] <= inside[1] - wish ? inside[0] : inside[1];
}

/**
 * Centred on `centre` (the view's, or a frame's in its own coordinates) when there is room, else the
 * nearest free spot, kept clear by the gap the block's size calls for: both hosts' freeSpotAsync.
 */
export function freeSpotAround(centre: Point, width: number, height: number, layers: readonly Rect[]): Point {
  const wish = { x: Math.round(centre.x - width / 2), y: Math.round(centre.y - height / 2) };
  return nearestFreeSpot(wish, width, height, layers, gapFor(Math.max(width, height)));
}

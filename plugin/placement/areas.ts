/** Rectangles in one coordinate space (the page, or one frame's), and whether they meet. */
import type { Point, Rect } from '../hosts/host';

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function rectAt(at: Point, width: number, height: number): Rect {
  return { x: at.x, y: at.y, width, height };
}

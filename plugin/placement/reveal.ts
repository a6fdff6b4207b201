/**
 * Where the view goes to show an area (page coordinates), for both hosts'
 * revealAsync: centred on it, zoomed out as far as it needs to fit with a
 * margin, never zoomed in past 100 %. `visible` is the view's area now at
 * `zoom` (the viewport's bounds): its size in screen pixels is what stays.
 */
import type { Point, Rect } from '../hosts/host';

const MAX_REVEAL_ZOOM = 1;
/** The area fills at most this much of the view. */
const REVEAL_FILL = 0.8;

function viewOf(area: Rect, visible: Rect, zoom: number): { center: Point; zoom: number } {
  const fit = Math.min(
    (visible.width * zoom * REVEAL_FILL) / Math.max(1, area.width),
    (visible.height * zoom * REVEAL_FILL) / Math.max(1, area.height),
  );
  return {
    center: { x: area.x + area.width / 2, y: area.y + area.height / 2 },
    zoom: Math.min(MAX_REVEAL_ZOOM, fit),
  };
}

/** A host's viewport as both hosts' APIs have it: its visible area now, and a zoom and centre one can set. */
interface Viewport {
  readonly bounds: Rect;
  zoom: number;
  center: Point;
}

/** Moves the view to show `area` (viewOf); the selection is not touched. */
export function revealIn(viewport: Viewport, area: Rect): void {
  const view = viewOf(area, viewport.bounds, viewport.zoom);
  viewport.zoom = view.zoom;
  viewport.center = view.center;
}

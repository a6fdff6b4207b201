/** Where things are and where there is room: free spots, bounds, and bringing an area into view. */
import { nearestFreeSpot } from '../../placement/free-spot';
import { gapFor } from '../../placement/gap';
import { viewOf } from '../../placement/reveal';
import type { Point, Rect } from '../host';
import { isContainer, sceneNodeAsync } from './figma-nodes';

/** Inside a frame (its coordinates) when `parentId` is one, else on the current page near the view's centre. */
export async function freeSpotAsync(width: number, height: number, parentId?: string): Promise<Point> {
  const parent = parentId === undefined ? null : await sceneNodeAsync(parentId);
  if (!isContainer(parent)) return freeSpot(width, height);
  const layers = parent.children.map(({ x, y, width: w, height: h }) => ({ x, y, width: w, height: h }));
  const wish = { x: Math.round((parent.width - width) / 2), y: Math.round((parent.height - height) / 2) };
  return nearestFreeSpot(wish, width, height, layers, gapFor(Math.max(width, height)));
}

/** On the current page, near the view's centre, clear of every top-level layer. Synchronous: see placerAsync. */
export function freeSpot(width: number, height: number): Point {
  const { x, y } = figma.viewport.center;
  const wish = { x: Math.round(x - width / 2), y: Math.round(y - height / 2) };
  const layers = figma.currentPage.children.map(boundsOf);
  return nearestFreeSpot(wish, width, height, layers, gapFor(Math.max(width, height)));
}

export async function boundsAsync(nodeId: string): Promise<Rect | undefined> {
  const node = await sceneNodeAsync(nodeId);
  return node ? boundsOf(node) : undefined;
}

/** Page coordinates; a node without a bounding box (an empty group) by its own position and size. */
function boundsOf(node: SceneNode): Rect {
  const box = node.absoluteBoundingBox;
  if (box) return { x: box.x, y: box.y, width: box.width, height: box.height };
  const [[, , x], [, , y]] = node.absoluteTransform;
  return { x, y, width: node.width, height: node.height };
}

/**
 * Centres the view on the area, zoomed out as far as it needs (viewOf). The selection stays: scrollAndZoomIntoView
 * takes nodes, and the area may span several or none, so the viewport is set directly.
 */
export async function revealAsync(area: Rect): Promise<void> {
  const viewport = figma.viewport;
  const view = viewOf(area, viewport.bounds, viewport.zoom);
  viewport.zoom = view.zoom;
  viewport.center = view.center;
}

/** Where things are and where there is room: free spots, bounds, and bringing an area into view. */
import { freeSpotAround } from '../../placement/free-spot';
import { revealIn } from '../../placement/reveal';
import type { Point, Rect } from '../host';
import { isContainer, sceneNodeAsync } from './figma-nodes';

/** Inside a frame (its coordinates) when `parentId` is one, else on the current page near the view's centre. */
export async function freeSpotAsync(width: number, height: number, parentId?: string): Promise<Point> {
  const parent = parentId === undefined ? null : await sceneNodeAsync(parentId);
  if (!isContainer(parent)) return freeSpot(width, height);
  const layers = parent.children.map(({ x, y, width: w, height: h }) => ({ x, y, width: w, height: h }));
  return freeSpotAround({ x: parent.width / 2, y: parent.height / 2 }, width, height, layers);
}

/** On the current page, near the view's centre, clear of every top-level layer. Synchronous: see placerAsync. */
export function freeSpot(width: number, height: number): Point {
  return freeSpotAround(figma.viewport.center, width, height, figma.currentPage.children.map(boundsOf));
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
  revealIn(figma.viewport, area);
}

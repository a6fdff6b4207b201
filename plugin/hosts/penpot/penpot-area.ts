/** Where things are and where there is room: free spots, bounds, and bringing an area into view. */
import type { Shape } from '@penpot/plugin-types';
import { freeSpotAround } from '../../placement/free-spot';
import { revealIn } from '../../placement/reveal';
import type { Point, Rect } from '../host';
import { boundsOf, isBoard, shapeById } from './penpot-shapes';

export async function freeSpotAsync(width: number, height: number, parentId?: string): Promise<Point> {
  return freeSpot(width, height, parentId);
}

/**
 * Inside a board (its coordinates, from its centre) when `parentId` is one,
 * else on the page near the view's centre.
 */
export function freeSpot(width: number, height: number, parentId?: string): Point {
  const board = parentId === undefined ? null : shapeById(parentId);
  if (isBoard(board)) {
    const layers = board.children.map((child) => {
      const rect = boundsOf(child);
      return { ...rect, x: rect.x - board.x, y: rect.y - board.y };
    });
    return freeSpotAround({ x: board.width / 2, y: board.height / 2 }, width, height, layers);
  }
  return freeSpotAround(penpot.viewport.center, width, height, pageLayers().map(boundsOf));
}

export async function boundsAsync(nodeId: string): Promise<Rect | undefined> {
  const shape = shapeById(nodeId);
  return shape ? boundsOf(shape) : undefined;
}

/** Centres the view on the area, zoomed out as far as it needs (never in past 100 %); the selection stays. */
export async function revealAsync(area: Rect): Promise<void> {
  revealIn(penpot.viewport, area);
}

function pageLayers(): Shape[] {
  const root = penpot.currentPage?.root ?? penpot.root;
  return root && 'children' in root ? [...root.children] : [];
}

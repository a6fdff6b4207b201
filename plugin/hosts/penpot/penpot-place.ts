/**
 * Puts a new shape where the sandbox decided (plugin/placement/): its top-left
 * corner on the page, or relative to the board it goes into. Penpot keeps
 * absolute coordinates, so a board's position is added here.
 */
import type { Shape } from '@penpot/plugin-types';
import type { Placement, Point } from '../host';
import { isBoard, shapeById } from './penpot-shapes';

/**
 * `fallback` answers where the shape goes on the page when the board is gone
 * (deleted since the sandbox looked): a free spot near the view, never the
 * board's coordinates taken as the page's.
 */
export function place(shape: Shape, placement: Placement, fallback: () => Point): void {
  const board = placement.parentId === undefined ? null : shapeById(placement.parentId);
  if (placement.parentId !== undefined && !isBoard(board)) {
    moveTo(shape, fallback());
    return;
  }
  if (isBoard(board)) {
    board.appendChild(shape);
    moveTo(shape, { x: board.x + placement.x, y: board.y + placement.y });
    return;
  }
  moveTo(shape, placement);
}

function moveTo(shape: Shape, at: Point): void {
  shape.x = Math.round(at.x);
  shape.y = Math.round(at.y);
}

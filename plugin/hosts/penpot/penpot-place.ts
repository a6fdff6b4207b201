/** Puts a new shape where the controller decided: the view's centre or centred in a board. */
import type { Shape } from '@penpot/plugin-types';
import type { Placement } from '../host';
import { isBoard, shapeById } from './penpot-shapes';

export function place(shape: Shape, placement: Placement): void {
  if (placement.kind === 'inside') {
    const board = shapeById(placement.nodeId);
    // The board may have been deleted since the controller looked: fall back to the view.
    if (isBoard(board)) {
      board.appendChild(shape);
      // Penpot positions are absolute, not relative to the board.
      shape.x = board.x + (board.width - shape.width) / 2 + placement.offset;
      shape.y = board.y + (board.height - shape.height) / 2;
      return;
    }
  }
  const { x, y } = penpot.viewport.center;
  shape.x = Math.round(x - shape.width / 2 + placement.offset);
  shape.y = Math.round(y - shape.height / 2);
}

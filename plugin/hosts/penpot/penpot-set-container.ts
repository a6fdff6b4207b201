/**
 * A set's board: named after the set, with a flex layout in rows that wrap
 * (gaps and padding of one icon size), of the size every icon will need
 * (setContainerSize), so the place it reserves is the place freeSpotAsync found.
 */
import { setContainerSize } from '../../placement/set-container-size';
import type { SetContainerSpec } from '../host';
import { freeSpot } from './penpot-area';
import { place } from './penpot-place';

export async function createSetContainerAsync(spec: SetContainerSpec): Promise<string> {
  const { iconSize } = spec;
  const size = setContainerSize(spec);
  const board = penpot.createBoard();
  board.name = spec.name;
  board.resize(size.width, size.height);
  const flex = board.addFlexLayout();
  flex.dir = 'row';
  flex.wrap = 'wrap';
  flex.rowGap = iconSize;
  flex.columnGap = iconSize;
  flex.topPadding = iconSize;
  flex.rightPadding = iconSize;
  flex.bottomPadding = iconSize;
  flex.leftPadding = iconSize;
  flex.horizontalSizing = 'fix';
  flex.verticalSizing = 'fix';
  place(board, { ...(spec.parentId ? { parentId: spec.parentId } : {}), ...spec.at }, () =>
    freeSpot(board.width, board.height),
  );
  return board.id;
}

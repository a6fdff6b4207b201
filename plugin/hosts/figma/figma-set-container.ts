/**
 * A set's frame: named after the set, with a horizontal auto layout that
 * wraps (gaps and padding of one icon size), as wide as the place the sandbox
 * reserved (setContainerSize: `perRow` icons), hugging its rows' height but
 * never shorter than the place reserved for all of them (so nothing else
 * lands where its last rows will be), transparent, at the spot the sandbox
 * found.
 */
import { setContainerSize } from '../../placement/set-container-size';
import type { SetContainerSpec } from '../host';
import { placerAsync } from './figma-place';

export async function createSetContainerAsync(spec: SetContainerSpec): Promise<string> {
  // Every await comes before the node exists (see placerAsync).
  const place = await placerAsync({ ...(spec.parentId ? { parentId: spec.parentId } : {}), ...spec.at });
  const size = spec.iconSize;
  const frame = figma.createFrame();
  frame.name = spec.name;
  frame.fills = [];
  frame.clipsContent = false;
  frame.layoutMode = 'HORIZONTAL';
  frame.layoutWrap = 'WRAP';
  frame.itemSpacing = size;
  frame.counterAxisSpacing = size;
  frame.paddingLeft = frame.paddingRight = frame.paddingTop = frame.paddingBottom = size;
  // resize fixes both axes; the height is then let go to hug the rows as icons land.
  const reserved = setContainerSize(spec);
  frame.resize(reserved.width, reserved.height);
  frame.primaryAxisSizingMode = 'FIXED';
  frame.counterAxisSizingMode = 'AUTO';
  frame.minHeight = reserved.height;
  place(frame);
  return frame.id;
}

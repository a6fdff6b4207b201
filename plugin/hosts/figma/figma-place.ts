/** Puts a new node where the controller decided: the view's centre or centred in a frame. */
import type { Placement } from '../host';
import { isContainer, sceneNodeAsync } from './figma-nodes';

export async function placeAsync(node: SceneNode, placement: Placement): Promise<void> {
  if (placement.kind === 'inside') {
    const parent = await sceneNodeAsync(placement.nodeId);
    // The frame may have been deleted since the controller looked: fall back to the view.
    if (isContainer(parent)) {
      parent.appendChild(node);
      // Children of frames and sections are positioned relative to them.
      node.x = (parent.width - node.width) / 2 + placement.offset;
      node.y = (parent.height - node.height) / 2;
      return;
    }
  }
  const { x, y } = figma.viewport.center;
  node.x = Math.round(x - node.width / 2 + placement.offset);
  node.y = Math.round(y - node.height / 2);
}

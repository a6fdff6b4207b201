/** Puts a new node where the controller decided: the view's centre or centred in a frame. */
import type { Placement } from '../host';
import { isContainer, sceneNodeAsync } from './figma-nodes';

export type Place = (node: SceneNode) => void;

/**
 * Looks up where a node will go, before it is created: Figma tears the
 * sandbox down on close, and a node created before an await that never comes
 * back would be on the canvas while its task is still pending, inserted a
 * second time on the next open. Placing itself is then synchronous.
 */
export async function placerAsync(placement: Placement): Promise<Place> {
  const parent = placement.kind === 'inside' ? await sceneNodeAsync(placement.nodeId) : null;
  // The frame may have been deleted since the controller looked: fall back to the view.
  if (placement.kind === 'inside' && isContainer(parent)) {
    return (node) => {
      parent.appendChild(node);
      // Children of frames and sections are positioned relative to them.
      node.x = (parent.width - node.width) / 2 + placement.offset;
      node.y = (parent.height - node.height) / 2;
    };
  }
  return (node) => {
    const { x, y } = figma.viewport.center;
    node.x = Math.round(x - node.width / 2 + placement.offset);
    node.y = Math.round(y - node.height / 2);
  };
}

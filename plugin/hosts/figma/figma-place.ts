/** Puts a new node where the sandbox decided: page coordinates, or a frame's own. */
import type { Placement } from '../host';
import { freeSpot } from './figma-area';
import { isContainer, sceneNodeAsync } from './figma-nodes';

export type Place = (node: SceneNode) => void;

/**
 * Looks up where a node will go, before it is created: Figma tears the
 * sandbox down on close, and a node created before an await that never comes
 * back would be on the canvas while its task is still pending, inserted a
 * second time on the next open. Placing itself is then synchronous.
 */
export async function placerAsync(placement: Placement): Promise<Place> {
  const parent = placement.parentId === undefined ? null : await sceneNodeAsync(placement.parentId);
  if (placement.parentId !== undefined && isContainer(parent)) {
    return (node) => {
      parent.appendChild(node);
      // Children of frames and sections are positioned relative to them.
      node.x = placement.x;
      node.y = placement.y;
    };
  }
  return (node) => {
    // The frame was deleted since the sandbox looked: its coordinates mean nothing on the page.
    const at = placement.parentId === undefined ? placement : freeSpot(node.width, node.height);
    node.x = at.x;
    node.y = at.y;
  };
}

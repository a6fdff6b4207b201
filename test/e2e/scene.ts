/**
 * The playground's `window.playground` as the tests see it (its types are
 * the playground's own), and helpers over its snapshots.
 */
import type { PlaygroundApi, SnapshotNode } from '../../dev/playground/api-types';

export type { SnapshotNode } from '../../dev/playground/api-types';

declare global {
  interface Window {
    playground: PlaygroundApi;
  }
}

export function allNodes(root: SnapshotNode): SnapshotNode[] {
  return [root, ...root.children.flatMap(allNodes)];
}

/** Nodes directly on the page with this name. */
export function topLevelNamed(page: SnapshotNode, name: string): SnapshotNode[] {
  return page.children.filter((n) => n.name === name);
}

export function byName(root: SnapshotNode, name: string): SnapshotNode | undefined {
  return allNodes(root).find((n) => n.name === name);
}

export function byId(root: SnapshotNode, id: string): SnapshotNode | undefined {
  return allNodes(root).find((n) => n.id === id);
}

/** Node types a vector import produces, on either host. */
export const VECTOR_TYPES = new Set([
  'VECTOR',
  'GROUP',
  'TEXT',
  'path',
  'rectangle',
  'ellipse',
  'group',
  'text',
]);

/** Whether two nodes' absolute bounds overlap (touching edges do not). */
export function overlaps(a: SnapshotNode, b: SnapshotNode): boolean {
  return (
    a.absoluteX < b.absoluteX + b.width &&
    b.absoluteX < a.absoluteX + a.width &&
    a.absoluteY < b.absoluteY + b.height &&
    b.absoluteY < a.absoluteY + a.height
  );
}

/** Reading order on the canvas: rows top to bottom, left to right within a row (an auto layout's flow). */
export function inReadingOrder(nodes: readonly SnapshotNode[]): SnapshotNode[] {
  return [...nodes].sort((a, b) => a.absoluteY - b.absoluteY || a.absoluteX - b.absoluteX);
}

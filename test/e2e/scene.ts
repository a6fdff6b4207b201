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

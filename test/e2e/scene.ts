/**
 * The playground's `window.playground` as the tests see it, and helpers over
 * its snapshots. The shapes mirror dev/playground/api-types.ts (that file
 * belongs to the browser realm's project, so it is restated here).
 */
export interface SnapshotFill {
  readonly type: string;
  readonly color?: string;
  readonly imageHash?: string;
  readonly scaleMode?: string;
  readonly imageWidth?: number;
  readonly imageHeight?: number;
}

export interface SnapshotNode {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fills: readonly SnapshotFill[];
  readonly pluginData: Readonly<Record<string, string>>;
  readonly relaunchData: Readonly<Record<string, string>>;
  readonly children: readonly SnapshotNode[];
}

export interface PlaygroundWindowApi {
  snapshot(): SnapshotNode;
  selection(): string[];
  select(ids: readonly string[]): void;
  isOpen(): boolean;
  ready(): Promise<void>;
  close(): void;
  reopen(): Promise<void>;
  relaunch(command?: string): Promise<void>;
  theme(name?: 'light' | 'dark'): 'light' | 'dark';
  stray(data: unknown): Promise<void>;
  notifications(): { message: string; shown: string; error: boolean }[];
  storage(): Record<string, unknown>;
  errors(): string[];
}

declare global {
  interface Window {
    playground: PlaygroundWindowApi;
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

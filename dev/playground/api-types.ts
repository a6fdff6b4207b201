/**
 * What `window.playground` offers the end-to-end tests (and anyone poking at
 * the page from the devtools console). Types only: the tests import them.
 */
export type PlaygroundHost = 'figma' | 'penpot';
export type PlaygroundTheme = 'light' | 'dark';

export interface SnapshotFill {
  /** SOLID or IMAGE, on both hosts. */
  readonly type: string;
  /** "#rrggbb" for SOLID fills. */
  readonly color?: string;
  readonly opacity?: number;
  /** Figma image hash, or Penpot media id. */
  readonly imageHash?: string;
  readonly scaleMode?: string;
  /** The image's own pixel size, read from its bytes. */
  readonly imageWidth?: number;
  readonly imageHeight?: number;
}

export interface SnapshotNode {
  readonly id: string;
  /** The host's own type name: FRAME, GROUP, VECTOR, RECTANGLE… (Figma); group, path, rectangle, board… (Penpot). */
  readonly type: string;
  readonly name: string;
  /** Relative to the parent. */
  readonly x: number;
  readonly y: number;
  readonly absoluteX: number;
  readonly absoluteY: number;
  readonly width: number;
  readonly height: number;
  readonly fills: readonly SnapshotFill[];
  readonly pluginData: Readonly<Record<string, string>>;
  readonly relaunchData: Readonly<Record<string, string>>;
  readonly children: readonly SnapshotNode[];
}

export interface Notification {
  readonly message: string;
  /** What the toast showed (Figma shows 100 characters at most). */
  readonly shown: string;
  readonly error: boolean;
}

export interface PlaygroundApi {
  readonly host: PlaygroundHost;
  /** The page and everything on it. */
  snapshot(): SnapshotNode;
  /** Ids of the selected nodes. */
  selection(): string[];
  select(ids: readonly string[]): void;
  isOpen(): boolean;
  /** Resolves once the plugin's UI iframe has loaded (waits for the next open when closed). */
  ready(): Promise<void>;
  open(): Promise<void>;
  close(): void;
  reopen(): Promise<void>;
  /** Figma: run the plugin from the selected node's relaunch button. */
  relaunch(command?: string): Promise<void>;
  theme(name?: PlaygroundTheme): PlaygroundTheme;
  /** Posts `data` to the page (the editor's window) from another frame, as a browser extension or embed would. */
  stray(data: unknown): Promise<void>;
  /** Posts `data` straight to the plugin UI's window from a frame that is not its parent (a forger's). */
  strayToUi(data: unknown): Promise<void>;
  notifications(): Notification[];
  /** The emulated per-user storage (Figma clientStorage / Penpot localStorage), decoded. */
  storage(): Record<string, unknown>;
  /** Clears the emulated storage and seeds the API base again. */
  resetStorage(): void;
  /**
   * Makes the host's asynchronous insertion step take `ms` longer (0 undoes
   * it), so a test can close the plugin mid-insert. Figma: every
   * figma.getNodeByIdAsync (a result going into a frame or a shape looks it
   * up first; one for the view awaits nothing of Figma before its node
   * exists). Penpot: every penpot.uploadMediaData (each raster result).
   * It outlives closing and reopening the plugin.
   */
  slowInserts(ms: number): void;
  /** How many of those steps are under way now (started, not yet answered). */
  insertsInFlight(): number;
  /** How many of those steps began since slowInserts was last called. */
  insertsStarted(): number;
  /** Errors thrown by the plugin's sandbox code that reached the host. */
  errors(): string[];
  /** The mock gateway's request log, when the mock is reachable. */
  mockLog(): Promise<unknown>;
}

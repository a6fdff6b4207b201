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
  /**
   * Bound to a document colour (Figma colour variable or paint style, Penpot library colour): `color` is
   * that colour's current value.
   */
  readonly binding?: { readonly kind: 'variable' | 'style' | 'library'; readonly id: string };
}

/**
 * A node's auto layout (Figma auto layout, Penpot flex layout), in host-neutral terms: the scene lays its
 * children out by it (scene/auto-layout.ts) and the snapshot reports it as is.
 */
export interface SnapshotLayout {
  readonly direction: 'row' | 'column';
  /** Row direction only: a child that would cross the right padding starts a new row. */
  readonly wrap: boolean;
  /** Between items along the direction. */
  readonly gap: number;
  /** Between rows when wrapping. */
  readonly rowGap: number;
  readonly padding: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  /** Hug sizing: the node's size on that axis follows its content. */
  readonly hugWidth: boolean;
  readonly hugHeight: boolean;
  /** A hugging node is never smaller than these (Figma minWidth/minHeight). */
  readonly minWidth?: number;
  readonly minHeight?: number;
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
  /** Stroke paints, like fills (an SVG layer's stroke colour). */
  readonly strokes: readonly SnapshotFill[];
  /** main (a component), set (of variants), instance (of `mainComponentId`); absent for other nodes. */
  readonly component?: 'main' | 'set' | 'instance';
  readonly mainComponentId?: string;
  readonly layout?: SnapshotLayout;
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

/** A colour the document names, which fills and strokes can be bound to. */
interface SnapshotColour {
  readonly kind: 'variable' | 'style' | 'library';
  readonly id: string;
  readonly name: string;
  readonly hex: string;
}

export interface PlaygroundApi {
  readonly host: PlaygroundHost;
  /** The page and everything on it (instances already mirroring their main components). */
  snapshot(): SnapshotNode;
  /** The document's colour variables, paint styles or library colours. */
  colours(): SnapshotColour[];
  /** A designer edits a document colour: everything bound to it is drawn in the new value. */
  setColour(id: string, hex: string): void;
  /** A designer drags out an instance of a main component onto the page; returns its id. */
  createInstance(componentId: string): string;
  /**
   * A variant's properties (a main component inside a component set / variant container), e.g.
   * `{ Option: '2' }`; undefined for any other node. Figma keeps them in the component's name, Penpot in
   * its library.
   */
  variantProperties(nodeId: string): Record<string, string> | undefined;
  /**
   * Figma: runs `code` as plugin sandbox code without a UI (closing the plugin first), to try a host adapter
   * against the emulation. The code gets `figma`, timers, `done(value)` and `fail(error)`; the promise
   * settles with what it passes (structured-clonable values only cross to a test).
   */
  runScript(code: string): Promise<unknown>;
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
  /**
   * Posts each message, in order, to the page (the editor's window) from one other frame, as a browser
   * extension or embed would.
   */
  stray(...messages: unknown[]): Promise<void>;
  /** Posts each message, in order, straight to the plugin UI's window from one frame that is not its parent. */
  strayToUi(...messages: unknown[]): Promise<void>;
  notifications(): Notification[];
  /** The emulated per-user storage (Figma clientStorage / Penpot localStorage), decoded. */
  storage(): Record<string, unknown>;
  /** The document's own plugin data (Figma's root, Penpot's file), as the plugin wrote it. */
  documentData(): Record<string, string>;
  /** Clears the emulated storage and seeds the API base again. */
  resetStorage(): void;
  /**
   * Switches who uses the page's document, closing the plugin first: from the next open the plugin reads
   * and writes `name`'s own storage ('' is the page's first user), seeded with the API base as the first
   * user's is, while the document and its plugin data stay the page's, shared (a teammate opening the same
   * file). Returns who uses it now.
   */
  user(name?: string): string;
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

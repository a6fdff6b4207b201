/**
 * Everything the sandbox needs from a design tool. Figma and Penpot each
 * implement it once (plugin/hosts/figma, plugin/hosts/penpot); nothing
 * outside those folders touches a host global.
 */
import type { KeyValueStore } from '../../core/storage/store';
import type { FetchLike } from '../../core/api/http';
import type { Size } from '../../core/images/placed-size';
import type {
  GenerationMeta,
  HostName,
  PluginMessage,
  Prefill,
  SelectionInfo,
  ThemeName,
} from '../../core/protocol/messages';

export interface ImageData {
  readonly bytes: Uint8Array;
  readonly mime: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Where a new node goes; resolved from an InsertTarget by the controller.
 * `offset` (px, to the right) lays simultaneous results side by side instead
 * of stacking them: viewport results are centred in the view, results inside
 * a frame/board centred in it, then shifted by `offset`.
 */
export type Placement =
  | { readonly kind: 'viewport'; readonly offset: number }
  | { readonly kind: 'inside'; readonly nodeId: string; readonly offset: number };

/** What an existing node can still take; undefined from findNodeAsync when it is gone. */
export interface NodeAbilities {
  /** A frame/board a result can be placed inside. */
  readonly canContain: boolean;
  /** A shape whose fills an image can replace. */
  readonly canFill: boolean;
}

export interface Host {
  readonly name: HostName;
  readonly storage: KeyValueStore;
  /** A fetch that can send Authorization and read bytes; null where the host has none (Penpot). */
  readonly fetch: FetchLike | null;
  /** Image types insertImageAsync/fillShapeAsync accept; others are re-encoded as PNG by the UI first. */
  readonly imageMimes: readonly string[];
  /** The largest side the host imports (Figma: 4096); larger images are re-encoded scaled down by the UI first. */
  readonly maxImageSide?: number;

  /** Opens the UI; `theme` is applied by the host (Figma) or sent as a message (Penpot). */
  showUi(options: { width: number; height: number }): void;
  postToUi(message: PluginMessage): void;
  /**
   * Messages from our own UI only, unwrapped (Figma delivers only its UI's; Penpot's adapter drops
   * whatever lacks its channel secret). The controller still guards their shape.
   */
  onUiMessage(handler: (raw: unknown) => void): void;
  resizeUi(width: number, height: number): void;

  /** Creates editable vector layers from clean SVG, named `name`. Returns the node id. */
  insertSvgAsync(svg: string, name: string, placement: Placement, meta: GenerationMeta): Promise<string>;
  /**
   * Creates a rectangle of `size` (the image's own, or scaled down to fit:
   * core/images/placed-size.ts, decided by the insertion path) with the
   * whole image as its fill.
   */
  insertImageAsync(
    image: ImageData,
    size: Size,
    name: string,
    placement: Placement,
    meta: GenerationMeta,
  ): Promise<string>;
  /** Replaces the fills of an existing shape with the image (scale mode fill). */
  fillShapeAsync(nodeId: string, image: ImageData, meta: GenerationMeta): Promise<string>;
  /** Selects the node and brings it into view. */
  focusAsync(nodeId: string): Promise<void>;
  /** Whether a node still exists (a target may be deleted while its task runs), and what it can take. */
  findNodeAsync(nodeId: string): Promise<NodeAbilities | undefined>;

  selectionAsync(): Promise<SelectionInfo>;
  onSelectionChange(handler: () => void): void;
  /** Colours of the document's colour styles / library colours, "#rrggbb". */
  documentColorsAsync(): Promise<string[]>;
  /** Set when the plugin was opened from a generated node's relaunch button. */
  launchPrefillAsync(): Promise<Prefill | undefined>;
  theme(): ThemeName | undefined;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /** A toast; `message` already fits one (core/toast-text.ts). Penpot has none: its outcomes reach the UI. */
  notify(message: string, options?: { error?: boolean }): void;
  setTimer(fn: () => void, ms: number): unknown;
}

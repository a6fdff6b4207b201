/**
 * Everything the sandbox needs from a design tool. Figma and Penpot each
 * implement it once (plugin/hosts/figma, plugin/hosts/penpot); nothing
 * outside those folders touches a host global.
 */
import type { KeyValueStore } from '../../core/storage/store';
import type { FetchLike } from '../../core/api/http';
import type { Size } from '../../core/images/placed-size';
import type { Swatch } from '../../core/color/swatch';
import type { IconMeta, SetIconSize } from '../../core/sets/types';
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
 * Where a new node goes, decided by the sandbox (plugin/placement/): its
 * top-left corner in page coordinates, or relative to the frame/board
 * `parentId` it is appended to. The host only puts it there.
 */
export interface Placement {
  readonly parentId?: string;
  readonly x: number;
  readonly y: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect extends Point {
  readonly width: number;
  readonly height: number;
}

/** A set's container: a frame/board with auto layout that wraps (gap = icon size, `perRow` icons a row). */
export interface SetContainerSpec {
  readonly name: string;
  readonly iconSize: SetIconSize;
  readonly perRow: number;
  /** Icons it will hold (subjects; a component set counts as one), to reserve its place. */
  readonly count: number;
  /** Variants per subject: a subject's component set is that many icons wide, one icon apart. */
  readonly variants: number;
  /** Inside this frame/board (selected when Generate set was pressed), else on the page. */
  readonly parentId?: string;
  /** Its top-left corner (page or parent coordinates), chosen clear of other layers (freeSpotAsync). */
  readonly at: Point;
}

/** A drawing for a set's icon: clean SVG (size × size already), or an image (illustration sets). */
export type IconDrawing =
  { readonly kind: 'svg'; readonly svg: string } | ({ readonly kind: 'image' } & ImageData);

/** One icon of a set, placed by placeIconAsync. */
export interface IconPlacement {
  readonly containerId: string;
  /** `${prefix}/${subject}` (core/sets/names.ts). */
  readonly name: string;
  /** The subject's position in the list: the container keeps its children in this order. */
  readonly order: number;
  /** 1-based; with `variants` > 1 the subject's components are one component set, `Option=${variant}`. */
  readonly variant: number;
  readonly variants: number;
  readonly size: SetIconSize;
  /** Every fill and stroke bound to this document colour (mono mode). */
  readonly bind?: Swatch;
  readonly icon: IconMeta;
}

/** What an existing node/** What an existing node can still take; undefined from findNodeAsync when it is gone. */
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
  /** Brings an area (page coordinates) into view without touching the selection: one move per batch. */
  revealAsync(area: Rect): Promise<void>;
  /**
   * The top-left corner of a `width` × `height` block that overlaps no layer: near the view's centre on the
   * page, or inside the frame/board `parentId` (its coordinates). Results never land on each other.
   */
  freeSpotAsync(width: number, height: number, parentId?: string): Promise<Point>;
  /** Where a node is, in page coordinates (undefined when it is gone). */
  boundsAsync(nodeId: string): Promise<Rect | undefined>;

  /** Makes a set's container (see SetContainerSpec) and returns its id. */
  createSetContainerAsync(spec: SetContainerSpec): Promise<string>;
  /**
   * Makes one icon of a set a component named `placement.name`, exactly size × size, its drawing in as few
   * layers as its colours need (one flattened vector per colour), bound to `bind` when given, placed in
   * the container at its list position; a subject's variants are joined into one component set. Carries
   * `meta` and `placement.icon` as plugin data. Returns the component's id.
   */
  placeIconAsync(drawing: IconDrawing, placement: IconPlacement, meta: GenerationMeta): Promise<string>;
  /**
   * Regenerate this icon: the component's drawing is replaced by the new one (same rules as placeIconAsync),
   * keeping its id, name, position and every instance linked; its meta is updated. Returns its id.
   */
  replaceIconAsync(
    componentId: string,
    drawing: IconDrawing,
    icon: IconMeta,
    meta: GenerationMeta,
  ): Promise<string>;
  /**
   * Regenerate a generated layer (not a set's icon): the new drawing takes the old layer's place (same
   * position, size, parent, z-order and name) and the old layer is removed; an image into a shape whose
   * fill is an image replaces that fill instead. Carries `meta`. Returns the id of the layer now there.
   */
  replaceNodeAsync(nodeId: string, drawing: IconDrawing, meta: GenerationMeta): Promise<string>;
  /** Colour variables and paint styles (Figma), library colours (Penpot), for binding a set's colour. */
  swatchesAsync(): Promise<Swatch[]>;
  /** Whether a node still exists (a target may be deleted while its task runs), and what it can take. */
  findNodeAsync(nodeId: string): Promise<NodeAbilities | undefined>;

  selectionAsync(): Promise<SelectionInfo>;
  onSelectionChange(handler: () => void): void;
  /** The document's own plugin data under `key` (Figma: its root; Penpot: the file), '' when none. */
  documentDataAsync(key: string): Promise<string>;
  /** Stores `value` in the document under `key`: it travels with the file, so never anything secret. */
  setDocumentDataAsync(key: string, value: string): Promise<void>;
  /** Set when the plugin was opened from a generated node's relaunch button. */
  launchPrefillAsync(): Promise<Prefill | undefined>;
  theme(): ThemeName | undefined;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /** A toast; `message` already fits one (core/toast-text.ts). Penpot has none: its outcomes reach the UI. */
  notify(message: string, options?: { error?: boolean }): void;
  setTimer(fn: () => void, ms: number): unknown;
}

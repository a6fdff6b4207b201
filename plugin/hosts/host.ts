/**
 * Everything the sandbox needs from a design tool. Figma and Penpot each
 * implement it once (plugin/hosts/figma, plugin/hosts/penpot); nothing
 * outside those folders touches a host global.
 */
import type { KeyValueStore } from '../../core/storage/store';
import type { FetchLike } from '../../core/api/http';
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

/** Where a new node goes; resolved from an InsertTarget by the controller. */
export type Placement =
  | { readonly kind: 'viewport'; readonly offset: number } // offset staggers simultaneous results
  | { readonly kind: 'inside'; readonly nodeId: string };

export interface Host {
  readonly name: HostName;
  readonly storage: KeyValueStore;
  /** A fetch that can send Authorization and read bytes; null where the host has none (Penpot). */
  readonly fetch: FetchLike | null;

  /** Opens the UI; `theme` is applied by the host (Figma) or sent as a message (Penpot). */
  showUi(options: { width: number; height: number }): void;
  postToUi(message: PluginMessage): void;
  /** Raw messages from the UI (unwrapped); the controller guards them. */
  onUiMessage(handler: (raw: unknown) => void): void;
  resizeUi(width: number, height: number): void;
  close(): void;

  /** Creates editable vector layers from clean SVG, named `name`. Returns the node id. */
  insertSvgAsync(svg: string, name: string, placement: Placement, meta: GenerationMeta): Promise<string>;
  /** Creates a rectangle of the image's size with the image as its fill. */
  insertImageAsync(
    image: ImageData,
    name: string,
    placement: Placement,
    meta: GenerationMeta,
  ): Promise<string>;
  /** Replaces the fills of an existing shape with the image (scale mode fill). */
  fillShapeAsync(nodeId: string, image: ImageData, meta: GenerationMeta): Promise<string>;
  /** Selects the node and brings it into view. */
  focusAsync(nodeId: string): Promise<void>;

  selection(): Promise<SelectionInfo>;
  onSelectionChange(handler: () => void): void;
  /** Colours of the document's colour styles / library colours, "#rrggbb". */
  documentColorsAsync(): Promise<string[]>;
  /** Set when the plugin was opened from a generated node's relaunch button. */
  launchPrefill(): Promise<Prefill | undefined>;
  theme(): ThemeName | undefined;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  notify(message: string, options?: { error?: boolean }): void;
  setTimer(fn: () => void, ms: number): unknown;
}

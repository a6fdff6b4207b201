/**
 * An in-memory Host: a scene of nodes, a key-value store, and records of
 * every message, notification and focus. Stands in for Figma or Penpot (by
 * name, and by whether it has a fetch) in controller tests.
 */
import type { FetchLike } from '../../../core/api/http';
import type {
  GenerationMeta,
  HostName,
  PluginMessage,
  Prefill,
  SelectionInfo,
  ThemeName,
} from '../../../core/protocol/messages';
import type { Size } from '../../../core/images/placed-size';
import type { Swatch } from '../../../core/color/swatch';
import type { IconMeta } from '../../../core/sets/types';
import type { KeyValueStore } from '../../../core/storage/store';
import type {
  Host,
  IconDrawing,
  IconPlacement,
  ImageData,
  NodeAbilities,
  Placement,
  Point,
  Rect,
  SetContainerSpec,
} from '../../../plugin/hosts/host';
import { recordingStore, type StorageFault } from './fake-storage';
import { FakeScene, type FakeNode } from './fake-scene';
import { MessageLog } from './message-log';

export type { FakeNode };

export interface FakeHostOptions {
  readonly name?: HostName;
  readonly fetch?: FetchLike | null;
  /** Image types the fake canvas imports; default Figma's. */
  readonly imageMimes?: readonly string[];
  /** The largest side it imports (Figma: 4096); default none. */
  readonly maxImageSide?: number;
  readonly storage?: Record<string, unknown>;
  readonly theme?: ThemeName;
  readonly prefill?: Prefill;
  readonly refuseSvg?: boolean;
  /** Document colours a set can be bound to. */
  readonly swatches?: Swatch[];
  /** The canvas, shared with an earlier host: the document outlives a plugin that closed. */
  readonly scene?: FakeScene;
}

export class FakeHost implements Host {
  readonly name: HostName;
  readonly fetch: FetchLike | null;
  readonly imageMimes: readonly string[];
  readonly maxImageSide?: number;
  readonly storage: KeyValueStore;
  /** What the store holds, JSON-encoded, so tests can search it for the key. */
  readonly stored: Map<string, string>;
  readonly scene: FakeScene;
  readonly nodes: FakeScene['nodes'];
  readonly focused: FakeScene['focused'];
  readonly reveals: FakeScene['reveals'];
  readonly log = new MessageLog();
  readonly messages = this.log.messages;
  readonly waitFor = this.log.waitFor.bind(this.log);
  readonly ofType = this.log.ofType.bind(this.log);
  readonly notifications: { message: string; error: boolean }[] = [];
  /** Thrown by every insertion when set, as a host does once the plugin is closing (Penpot: `penpot` is gone). */
  insertError?: unknown;
  ui?: { width: number; height: number };
  uiSize?: { width: number; height: number };
  private readonly breakStorageWith: (fault: StorageFault) => void;
  private readonly limitStorageTo: (bytes: number) => void;
  private uiHandler?: (raw: unknown) => void;
  private selectionHandler?: () => void;
  private themeHandler?: (theme: ThemeName) => void;

  constructor(private readonly options: FakeHostOptions = {}) {
    this.scene = options.scene ?? new FakeScene();
    ({ nodes: this.nodes, focused: this.focused, reveals: this.reveals } = this.scene);
    this.name = options.name ?? 'figma';
    this.fetch = options.fetch ?? null;
    this.imageMimes = options.imageMimes ?? ['image/png', 'image/jpeg', 'image/gif'];
    this.maxImageSide = options.maxImageSide;
    this.scene.refuseSvg = options.refuseSvg ?? false;
    ({
      storage: this.storage,
      stored: this.stored,
      breakWith: this.breakStorageWith,
      limitTo: this.limitStorageTo,
    } = recordingStore(options.storage));
  }

  // ---- test controls ----

  /** A message as the UI would send it (raw: the guard decides). */
  send(raw: unknown): void {
    if (!this.uiHandler) throw new Error('the plugin did not listen to the UI');
    this.uiHandler(raw);
  }

  /** Makes the storage calls `fault` picks throw, from now on (`() => false` mends it). */
  breakStorage(fault: StorageFault): void {
    this.breakStorageWith(fault);
  }

  /** Storage full: from now on, writes that would pass `bytes` in all throw (Infinity lifts it). */
  limitStorage(bytes: number): void {
    this.limitStorageTo(bytes);
  }

  set refuseSvg(refuse: boolean) {
    this.scene.refuseSvg = refuse;
  }

  addNode(kind: FakeNode['kind'], init: Partial<FakeNode> = {}): FakeNode {
    return this.scene.addNode(kind, init);
  }

  select(...ids: string[]): void {
    this.scene.selectedIds = ids;
    this.selectionHandler?.();
  }

  changeTheme(theme: ThemeName): void {
    this.themeHandler?.(theme);
  }

  // ---- Host ----

  showUi(options: { width: number; height: number }): void {
    this.ui = options;
  }
  postToUi(message: PluginMessage): void {
    this.log.push(message);
  }
  onUiMessage(handler: (raw: unknown) => void): void {
    this.uiHandler = handler;
  }
  resizeUi(width: number, height: number): void {
    this.uiSize = { width, height };
  }
  async insertSvgAsync(svg: string, name: string, placement: Placement, meta: GenerationMeta) {
    if (this.insertError !== undefined) throw this.insertError;
    return this.scene.insertSvg(svg, name, placement, meta);
  }
  async insertImageAsync(
    image: ImageData,
    size: Size,
    name: string,
    placement: Placement,
    meta: GenerationMeta,
  ) {
    if (this.insertError !== undefined) throw this.insertError;
    return this.scene.insertImage(image, size, name, placement, meta);
  }
  async fillShapeAsync(nodeId: string, image: ImageData, meta: GenerationMeta) {
    if (this.insertError !== undefined) throw this.insertError;
    return this.scene.fill(nodeId, image, meta);
  }
  async focusAsync(nodeId: string): Promise<void> {
    this.scene.focus(nodeId);
  }
  async revealAsync(area: Rect): Promise<void> {
    this.scene.reveals.push(area);
  }
  async freeSpotAsync(width: number, height: number, parentId?: string): Promise<Point> {
    return this.scene.freeSpot(width, height, parentId);
  }
  async boundsAsync(nodeId: string): Promise<Rect | undefined> {
    return this.scene.bounds(nodeId);
  }
  async createSetContainerAsync(spec: SetContainerSpec): Promise<string> {
    if (this.insertError !== undefined) throw this.insertError;
    return this.scene.createSetContainer(spec);
  }
  async placeIconAsync(drawing: IconDrawing, placement: IconPlacement, meta: GenerationMeta) {
    if (this.insertError !== undefined) throw this.insertError;
    return this.scene.placeIcon(drawing, placement, meta);
  }
  async replaceIconAsync(componentId: string, drawing: IconDrawing, icon: IconMeta, meta: GenerationMeta) {
    if (this.insertError !== undefined) throw this.insertError;
    return this.scene.replaceIcon(componentId, drawing, icon, meta);
  }
  async replaceNodeAsync(nodeId: string, drawing: IconDrawing, meta: GenerationMeta) {
    if (this.insertError !== undefined) throw this.insertError;
    return this.scene.replaceNode(nodeId, drawing, meta);
  }
  async swatchesAsync(): Promise<Swatch[]> {
    return this.options.swatches ?? [];
  }
  async findNodeAsync(nodeId: string): Promise<NodeAbilities | undefined> {
    return this.scene.abilities(nodeId);
  }
  async selectionAsync(): Promise<SelectionInfo> {
    return this.scene.selection();
  }
  onSelectionChange(handler: () => void): void {
    this.selectionHandler = handler;
  }
  async documentDataAsync(key: string): Promise<string> {
    return this.scene.documentData.get(key) ?? '';
  }
  async setDocumentDataAsync(key: string, value: string): Promise<void> {
    if (value === '') this.scene.documentData.delete(key);
    else this.scene.documentData.set(key, value);
  }
  async launchPrefillAsync(): Promise<Prefill | undefined> {
    return this.options.prefill;
  }
  theme(): ThemeName | undefined {
    return this.options.theme;
  }
  onThemeChange(handler: (theme: ThemeName) => void): void {
    this.themeHandler = handler;
  }
  notify(message: string, options?: { error?: boolean }): void {
    this.notifications.push({ message, error: options?.error === true });
  }
  /** Waits collapse to the next macrotask: a runner's schedule runs at once, time stays real. */
  setTimer(fn: () => void, _ms?: number): unknown {
    return setTimeout(fn, 0);
  }
}

/**
 * An in-memory Host: a flat scene of nodes, a key-value store, and records
 * of every message, notification and focus. Stands in for Figma or Penpot
 * (by name and by whether it has a fetch) in controller tests.
 */
import { PluginError } from '../../../core/api/errors';
import type { FetchLike } from '../../../core/api/http';
import type {
  GenerationMeta,
  HostName,
  PluginMessage,
  Prefill,
  SelectionInfo,
  ThemeName,
} from '../../../core/protocol/messages';
import type { KeyValueStore } from '../../../core/storage/store';
import type { Host, ImageData, NodeAbilities, Placement } from '../../../plugin/hosts/host';

export interface FakeNode {
  readonly id: string;
  readonly kind: 'vector' | 'image-rect' | 'frame' | 'shape';
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  parentId?: string;
  svg?: string;
  fill?: ImageData;
  /** Plugin data, as the host stores it (text). */
  pluginData: Record<string, string>;
}

export interface FakeHostOptions {
  readonly name?: HostName;
  readonly fetch?: FetchLike | null;
  readonly storage?: Record<string, unknown>;
  readonly theme?: ThemeName;
  readonly palette?: string[];
  readonly prefill?: Prefill;
  /** Makes the SVG importer refuse, as Figma throws / Penpot returns null. */
  readonly refuseSvg?: boolean;
}

type Waiter = { type: PluginMessage['type']; resolve: (m: PluginMessage) => void; from: number };

export class FakeHost implements Host {
  readonly name: HostName;
  readonly fetch: FetchLike | null;
  readonly storage: KeyValueStore;
  /** What the store holds, JSON-encoded, so tests can search it for the key. */
  readonly stored = new Map<string, string>();
  readonly nodes = new Map<string, FakeNode>();
  readonly messages: PluginMessage[] = [];
  readonly notifications: { message: string; error: boolean }[] = [];
  readonly focused: string[] = [];
  readonly viewportCenter = { x: 1000, y: 500 };
  selectedIds: string[] = [];
  ui?: { width: number; height: number };
  uiSize?: { width: number; height: number };
  closed = false;
  refuseSvg: boolean;
  private nextId = 1;
  private uiHandler?: (raw: unknown) => void;
  private selectionHandler?: () => void;
  private themeHandler?: (theme: ThemeName) => void;
  private waiters: Waiter[] = [];

  constructor(private readonly options: FakeHostOptions = {}) {
    this.name = options.name ?? 'figma';
    this.fetch = options.fetch === undefined ? null : options.fetch;
    this.refuseSvg = options.refuseSvg ?? false;
    for (const [k, v] of Object.entries(options.storage ?? {})) this.stored.set(k, JSON.stringify(v));
    const stored = this.stored;
    this.storage = {
      getAsync: async <T>(key: string) => {
        const raw = stored.get(key);
        return raw === undefined ? undefined : (JSON.parse(raw) as T);
      },
      setAsync: async (key, value) => void stored.set(key, JSON.stringify(value)),
      deleteAsync: async (key) => void stored.delete(key),
      keysAsync: async () => [...stored.keys()],
    };
  }

  // ---- test controls ----

  /** A message as the UI would send it (raw: the guard decides). */
  send(raw: unknown): void {
    if (!this.uiHandler) throw new Error('the plugin did not listen to the UI');
    this.uiHandler(raw);
  }

  /** The next message of `type` posted at or after index `from` (default: any so far). */
  waitFor<K extends PluginMessage['type']>(type: K, from = 0): Promise<Extract<PluginMessage, { type: K }>> {
    const found = this.messages.slice(from).find((m) => m.type === type);
    if (found) return Promise.resolve(found as Extract<PluginMessage, { type: K }>);
    return new Promise((resolve) => {
      this.waiters.push({ type, from, resolve: resolve as (m: PluginMessage) => void });
    });
  }

  ofType<K extends PluginMessage['type']>(type: K): Extract<PluginMessage, { type: K }>[] {
    return this.messages.filter((m) => m.type === type) as Extract<PluginMessage, { type: K }>[];
  }

  addNode(kind: FakeNode['kind'], init: Partial<FakeNode> = {}): FakeNode {
    const node: FakeNode = {
      id: `n${this.nextId++}`,
      kind,
      name: kind,
      x: 0,
      y: 0,
      width: 100,
      height: 100,
      pluginData: {},
      ...init,
    };
    this.nodes.set(node.id, node);
    return node;
  }

  select(...ids: string[]): void {
    this.selectedIds = ids;
    this.selectionHandler?.();
  }

  changeTheme(theme: ThemeName): void {
    this.themeHandler?.(theme);
  }

  childrenOf(id: string): FakeNode[] {
    return [...this.nodes.values()].filter((n) => n.parentId === id);
  }

  // ---- Host ----

  showUi(options: { width: number; height: number }): void {
    this.ui = options;
  }

  postToUi(message: PluginMessage): void {
    // Structured clone, as across the realm boundary: nothing shared by reference.
    const copy = structuredClone(message);
    this.messages.push(copy);
    const index = this.messages.length - 1;
    const ready = this.waiters.filter((w) => w.type === copy.type && w.from <= index);
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(copy);
  }

  onUiMessage(handler: (raw: unknown) => void): void {
    this.uiHandler = handler;
  }

  resizeUi(width: number, height: number): void {
    this.uiSize = { width, height };
  }

  close(): void {
    this.closed = true;
  }

  async insertSvgAsync(
    svg: string,
    name: string,
    placement: Placement,
    meta: GenerationMeta,
  ): Promise<string> {
    if (this.refuseSvg) throw new PluginError({ code: 'insert-failed', action: 'retry', message: 'refused' });
    const width = Number(/\bwidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 100);
    const height = Number(/\bheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 100);
    return this.create('vector', { name, svg, width, height }, placement, meta);
  }

  async insertImageAsync(image: ImageData, name: string, placement: Placement, meta: GenerationMeta) {
    return this.create(
      'image-rect',
      { name, fill: image, width: image.width, height: image.height },
      placement,
      meta,
    );
  }

  async fillShapeAsync(nodeId: string, image: ImageData, meta: GenerationMeta): Promise<string> {
    const node = this.nodes.get(nodeId);
    if (!node) throw new Error(`no node ${nodeId}`);
    node.fill = image;
    node.pluginData.recraft = JSON.stringify(meta);
    return node.id;
  }

  async focusAsync(nodeId: string): Promise<void> {
    this.focused.push(nodeId);
    this.selectedIds = [nodeId];
  }

  async findNodeAsync(nodeId: string): Promise<NodeAbilities | undefined> {
    const node = this.nodes.get(nodeId);
    return node && { canContain: node.kind === 'frame', canFill: node.kind !== 'vector' };
  }

  async selection(): Promise<SelectionInfo> {
    const node = this.selectedIds.length === 1 ? this.nodes.get(this.selectedIds[0]!) : undefined;
    if (!node) return { count: this.selectedIds.length, canContain: false, canFill: false };
    const raw = node.pluginData.recraft;
    return {
      count: 1,
      nodeId: node.id,
      name: node.name,
      canContain: node.kind === 'frame',
      canFill: node.kind !== 'vector',
      generated: raw ? (JSON.parse(raw) as GenerationMeta) : undefined,
    };
  }

  onSelectionChange(handler: () => void): void {
    this.selectionHandler = handler;
  }

  async documentColorsAsync(): Promise<string[]> {
    return this.options.palette ?? [];
  }

  async launchPrefill(): Promise<Prefill | undefined> {
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
  setTimer(fn: () => void): unknown {
    return setTimeout(fn, 0);
  }

  private create(
    kind: FakeNode['kind'],
    init: Partial<FakeNode>,
    placement: Placement,
    meta: GenerationMeta,
  ): string {
    const node = this.addNode(kind, { ...init, pluginData: { recraft: JSON.stringify(meta) } });
    const parent = placement.kind === 'inside' ? this.nodes.get(placement.nodeId) : undefined;
    if (parent) {
      node.parentId = parent.id;
      node.x = (parent.width - node.width) / 2 + placement.offset;
      node.y = (parent.height - node.height) / 2;
    } else {
      node.x = this.viewportCenter.x - node.width / 2 + placement.offset;
      node.y = this.viewportCenter.y - node.height / 2;
    }
    return node.id;
  }
}

/**
 * The emulated document: one page of nodes, the selection and the viewport.
 * Both hosts' facades mutate it; the view redraws from it on every change.
 */
import { DocumentColours } from './colours';
import { syncInstances } from './components';
import { onAnyChange, onResolveColour, SceneNode } from './node';

export interface ViewportState {
  center: { x: number; y: number };
  zoom: number;
}

type Listener = () => void;

export class Scene {
  readonly page: SceneNode;
  private selected: SceneNode[] = [];
  readonly viewport: ViewportState = { center: { x: 560, y: 260 }, zoom: 0.5 };
  /** Size of the visible canvas in screen pixels, kept up to date by the view. */
  viewSize = { width: 900, height: 600 };
  private readonly changeListeners = new Set<Listener>();
  private readonly selectionListeners = new Set<Listener>();
  private scheduled = false;
  /** Colour variables, paint styles, library colours: what fills and strokes can be bound to. */
  readonly colours = new DocumentColours(() => this.changed());
  /** The document's own plugin data (Figma's root, Penpot's file): it outlives a plugin run, as a file does. */
  readonly documentData = new Map<string, string>();

  constructor(
    readonly newId: () => string,
    pageType: string,
    pageName: string,
    pageId = newId(),
  ) {
    this.page = new SceneNode(pageId, pageType, pageName, 0, 0);
    onAnyChange(() => this.changed());
    onResolveColour((binding) => this.colours.resolve(binding));
  }

  /** The id of an instance's copy of a main component's node (Figma's form; a host may override it). */
  instanceChildId(instanceId: string, sourceId: string): string {
    return `I${instanceId};${sourceId}`;
  }

  /** Instances mirror their main components now (also done on every flush): call before reading the scene. */
  settle(): void {
    syncInstances(this);
  }

  create(type: string, name: string, width: number, height: number, parent = this.page): SceneNode {
    const node = new SceneNode(this.newId(), type, name, width, height);
    parent.insert(node);
    return node;
  }

  find(id: string): SceneNode | undefined {
    let found: SceneNode | undefined;
    this.page.walk((node) => {
      if (!found && node.id === id) found = node;
    });
    return found;
  }

  selection(): SceneNode[] {
    this.selected = this.selected.filter((n) => !n.removed && this.page.contains(n));
    return [...this.selected];
  }

  select(nodes: readonly SceneNode[]): void {
    const next = nodes.filter((n, i) => !n.removed && this.page.contains(n) && nodes.indexOf(n) === i);
    const same = next.length === this.selected.length && next.every((n, i) => n === this.selected[i]);
    this.selected = next;
    if (same) return;
    this.changed();
    // Hosts report selection changes asynchronously, after the change is done.
    setTimeout(() => this.selectionListeners.forEach((fn) => fn()), 0);
  }

  /** The visible area in page coordinates. */
  bounds(): { x: number; y: number; width: number; height: number } {
    const { center, zoom } = this.viewport;
    const width = this.viewSize.width / zoom;
    const height = this.viewSize.height / zoom;
    return { x: center.x - width / 2, y: center.y - height / 2, width, height };
  }

  setViewport(center: { x: number; y: number }, zoom = this.viewport.zoom): void {
    if (!Number.isFinite(center.x) || !Number.isFinite(center.y)) throw new Error('Invalid viewport center');
    if (!(zoom > 0) || !Number.isFinite(zoom)) throw new Error('Invalid zoom');
    this.viewport.center = { x: center.x, y: center.y };
    this.viewport.zoom = zoom;
    this.changed();
  }

  /** Centres the view on the nodes and zooms so they fit (never beyond 100 %). */
  zoomTo(nodes: readonly SceneNode[]): void {
    if (nodes.length === 0) return;
    const boxes = nodes.map((n) => ({ ...n.absolute(), w: n.width, h: n.height }));
    const left = Math.min(...boxes.map((b) => b.x));
    const top = Math.min(...boxes.map((b) => b.y));
    const right = Math.max(...boxes.map((b) => b.x + b.w));
    const bottom = Math.max(...boxes.map((b) => b.y + b.h));
    const fit = Math.min(
      (this.viewSize.width * 0.8) / Math.max(1, right - left),
      (this.viewSize.height * 0.8) / Math.max(1, bottom - top),
    );
    this.setViewport({ x: (left + right) / 2, y: (top + bottom) / 2 }, Math.min(1, fit));
  }

  onChange(listener: Listener): void {
    this.changeListeners.add(listener);
  }

  onSelection(listener: Listener): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Coalesces a burst of mutations into one redraw. */
  changed(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      // Instances follow their main components before anyone looks.
      syncInstances(this);
      this.changeListeners.forEach((fn) => fn());
    });
  }
}

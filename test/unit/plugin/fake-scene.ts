/** The canvas of the fake host: a flat map of nodes with parents, a selection and a viewport. */
import { PluginError } from '../../../core/api/errors';
import type { Size } from '../../../core/images/placed-size';
import type { GenerationMeta, SelectionInfo } from '../../../core/protocol/messages';
import type { IconMeta } from '../../../core/sets/types';
import type { Swatch } from '../../../core/color/swatch';
import { encodeMeta } from '../../../plugin/generation-meta';
import { setContainerSize } from '../../../plugin/placement/set-container-size';
import { describeSelection } from '../../../plugin/selection-info';
import type {
  IconDrawing,
  IconPlacement,
  ImageData,
  NodeAbilities,
  Placement,
  Point,
  Rect,
  SetContainerSpec,
} from '../../../plugin/hosts/host';

export interface FakeNode {
  readonly id: string;
  readonly kind: 'vector' | 'image-rect' | 'frame' | 'shape' | 'component';
  name: string;
  /** In its parent's coordinates (the page's when it has none). */
  x: number;
  y: number;
  width: number;
  height: number;
  parentId?: string;
  /** A set's container: its icons in the order the container keeps them (auto layout). */
  children?: string[];
  /** A set's icon: its list position, variant and bound colour. */
  order?: number;
  variant?: number;
  bind?: Swatch;
  svg?: string;
  fill?: ImageData;
  /** Plugin data, as the host stores it (text). */
  pluginData: Record<string, string>;
}

/** The fake's own margin between a free spot and the layer it moved below. */
const SPOT_MARGIN = 20;

export class FakeScene {
  readonly nodes = new Map<string, FakeNode>();
  readonly focused: string[] = [];
  /** Every area brought into view by revealAsync (page coordinates). */
  readonly reveals: Rect[] = [];
  readonly viewportCenter = { x: 1000, y: 500 };
  selectedIds: string[] = [];
  /** The document's own plugin data (Figma's root, Penpot's file): it outlives a plugin that closed. */
  readonly documentData = new Map<string, string>();
  /** Makes the SVG importer refuse, as Figma throws / Penpot returns null. */
  refuseSvg = false;
  private nextId = 1;

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

  insertSvg(svg: string, name: string, placement: Placement, meta: GenerationMeta): string {
    if (this.refuseSvg) throw new PluginError({ code: 'insert-failed', action: 'retry', message: 'refused' });
    const { width, height } = svgSize(svg);
    return this.place(this.addNode('vector', { name, svg, width, height }), placement, meta);
  }

  insertImage(
    image: ImageData,
    size: Size,
    name: string,
    placement: Placement,
    meta: GenerationMeta,
  ): string {
    const node = this.addNode('image-rect', { name, fill: image, width: size.width, height: size.height });
    return this.place(node, placement, meta);
  }

  fill(nodeId: string, image: ImageData, meta: GenerationMeta): string {
    const node = this.nodes.get(nodeId);
    if (!node) throw new Error(`no node ${nodeId}`);
    node.fill = image;
    node.pluginData.recraft = JSON.stringify(meta);
    return node.id;
  }

  focus(nodeId: string): void {
    this.focused.push(nodeId);
    this.selectedIds = [nodeId];
  }

  /**
   * Near the centre of the view (or of the frame, in its coordinates), moved
   * down below whatever it would overlap among the layers beside it.
   */
  freeSpot(width: number, height: number, parentId?: string): Point {
    const parent = parentId === undefined ? undefined : this.nodes.get(parentId);
    const centre = parent ? { x: parent.width / 2, y: parent.height / 2 } : this.viewportCenter;
    const spot = { x: centre.x - width / 2, y: centre.y - height / 2 };
    const siblings = [...this.nodes.values()].filter((n) => n.parentId === parent?.id);
    for (;;) {
      const hit = siblings.find((n) => meets(n, { ...spot, width, height }));
      if (!hit) return spot;
      spot.y = hit.y + hit.height + SPOT_MARGIN;
    }
  }

  /** Where a node is on the page: its own position plus its parents'. */
  bounds(nodeId: string): Rect | undefined {
    const node = this.nodes.get(nodeId);
    if (!node) return undefined;
    const parent = node.parentId === undefined ? undefined : this.bounds(node.parentId);
    return {
      x: node.x + (parent?.x ?? 0),
      y: node.y + (parent?.y ?? 0),
      width: node.width,
      height: node.height,
    };
  }

  /** A frame of its final size (setContainerSize, as the hosts make it), with nothing in it yet. */
  createSetContainer(spec: SetContainerSpec): string {
    const node = this.addNode('frame', {
      name: spec.name,
      ...spec.at,
      ...setContainerSize(spec),
      parentId: spec.parentId,
      children: [],
    });
    return node.id;
  }

  /** A component in the container, at its list position whatever order the icons come in. */
  placeIcon(drawing: IconDrawing, placement: IconPlacement, meta: GenerationMeta): string {
    const container = this.nodes.get(placement.containerId);
    if (!container?.children) throw new Error(`no set container ${placement.containerId}`);
    const node = this.addNode('component', {
      name: placement.name,
      width: placement.size,
      height: placement.size,
      parentId: container.id,
      order: placement.order,
      variant: placement.variant,
      bind: placement.bind,
      svg: drawing.kind === 'svg' ? drawing.svg : undefined,
      fill: drawing.kind === 'image' ? drawing : undefined,
      pluginData: { recraft: encodeMeta({ ...meta, icon: placement.icon }) },
    });
    const before = container.children.findIndex((id) => (this.nodes.get(id)?.order ?? 0) > placement.order);
    container.children.splice(before < 0 ? container.children.length : before, 0, node.id);
    return node.id;
  }

  replaceIcon(componentId: string, drawing: IconDrawing, icon: IconMeta, meta: GenerationMeta): string {
    const node = this.nodes.get(componentId);
    if (node?.kind !== 'component') throw new Error(`no component ${componentId}`);
    node.svg = drawing.kind === 'svg' ? drawing.svg : undefined;
    node.fill = drawing.kind === 'image' ? drawing : undefined;
    node.pluginData.recraft = encodeMeta({ ...meta, icon });
    return node.id;
  }

  /**
   * Regenerate a layer: an image into an image-filled rectangle replaces the fill; else a new node with the
   * old one's name, place, size and parent, put where the old one was in the scene's order, the old removed.
   */
  replaceNode(nodeId: string, drawing: IconDrawing, meta: GenerationMeta): string {
    const old = this.nodes.get(nodeId);
    if (!old) throw new Error(`no node ${nodeId}`);
    if (drawing.kind === 'image' && old.kind === 'image-rect') return this.fill(nodeId, drawing, meta);
    const { name, x, y, width, height, parentId } = old;
    const kind = drawing.kind === 'svg' ? 'vector' : 'image-rect';
    const node = this.addNode(kind, { name, x, y, width, height, parentId });
    if (drawing.kind === 'svg') node.svg = drawing.svg;
    else node.fill = drawing;
    node.pluginData.recraft = encodeMeta(meta);
    // The scene's order is the map's: the new node takes the old one's slot.
    const order = [...this.nodes.values()].filter((n) => n.id !== node.id);
    this.nodes.clear();
    for (const n of order) this.nodes.set(n.id === nodeId ? node.id : n.id, n.id === nodeId ? node : n);
    return node.id;
  }

  abilities(nodeId: string): NodeAbilities | undefined {
    const node = this.nodes.get(nodeId);
    return (
      node && {
        canContain: node.kind === 'frame',
        canFill: node.kind !== 'vector' && node.kind !== 'component',
      }
    );
  }

  selection(): SelectionInfo {
    const node = this.selectedIds.length === 1 ? this.nodes.get(this.selectedIds[0]!) : undefined;
    const metaText = node?.pluginData.recraft ?? '';
    return describeSelection(
      this.selectedIds.length,
      node && {
        id: node.id,
        name: node.name,
        abilities: this.abilities(node.id)!,
        metaText,
        ...(node.kind === 'component' ? { iconComponent: { id: node.id, metaText } } : {}),
      },
    );
  }

  private place(node: FakeNode, placement: Placement, meta: GenerationMeta): string {
    node.pluginData.recraft = JSON.stringify(meta);
    const parent = placement.parentId === undefined ? undefined : this.nodes.get(placement.parentId);
    if (placement.parentId !== undefined && !parent) throw new Error(`no parent ${placement.parentId}`);
    node.parentId = parent?.id;
    node.x = placement.x;
    node.y = placement.y;
    return node.id;
  }
}

function svgSize(svg: string): Size {
  const width = Number(/\bwidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 100);
  const height = Number(/\bheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 100);
  return { width, height };
}

function meets(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The canvas of the fake host: a flat map of nodes with parents, a selection and a viewport. */
import { PluginError } from '../../../core/api/errors';
import type { Size } from '../../../core/images/placed-size';
import type { GenerationMeta, SelectionInfo } from '../../../core/protocol/messages';
import { describeSelection } from '../../../plugin/selection-info';
import type { ImageData, NodeAbilities, Placement } from '../../../plugin/hosts/host';

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

export class FakeScene {
  readonly nodes = new Map<string, FakeNode>();
  readonly focused: string[] = [];
  readonly viewportCenter = { x: 1000, y: 500 };
  selectedIds: string[] = [];
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
    const width = Number(/\bwidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 100);
    const height = Number(/\bheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 100);
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

  abilities(nodeId: string): NodeAbilities | undefined {
    const node = this.nodes.get(nodeId);
    return node && { canContain: node.kind === 'frame', canFill: node.kind !== 'vector' };
  }

  selection(): SelectionInfo {
    const node = this.selectedIds.length === 1 ? this.nodes.get(this.selectedIds[0]!) : undefined;
    return describeSelection(
      this.selectedIds.length,
      node && {
        id: node.id,
        name: node.name,
        abilities: this.abilities(node.id)!,
        metaText: node.pluginData.recraft ?? '',
      },
    );
  }

  private place(node: FakeNode, placement: Placement, meta: GenerationMeta): string {
    node.pluginData.recraft = JSON.stringify(meta);
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

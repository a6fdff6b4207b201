/** Looking nodes up and asking what they can take, in Figma's terms. */
import type { NodeAbilities } from '../host';

export type ContainerNode = FrameNode | SectionNode | ComponentNode;
export type FillableNode = RectangleNode | EllipseNode | PolygonNode | StarNode | VectorNode | FrameNode;

const CONTAINERS: ReadonlySet<NodeType> = new Set<NodeType>(['FRAME', 'SECTION', 'COMPONENT']);
const FILLABLE: ReadonlySet<NodeType> = new Set<NodeType>([
  'RECTANGLE',
  'ELLIPSE',
  'POLYGON',
  'STAR',
  'VECTOR',
  'FRAME',
]);

export function isContainer(node: BaseNode | null): node is ContainerNode {
  return node !== null && CONTAINERS.has(node.type);
}

export function isFillable(node: BaseNode | null): node is FillableNode {
  return node !== null && FILLABLE.has(node.type) && 'fills' in node;
}

export function abilitiesOf(node: BaseNode): NodeAbilities {
  return { canContain: isContainer(node), canFill: isFillable(node) };
}

/** Scene nodes only: a page or the document is never a placement target. */
export async function sceneNodeAsync(nodeId: string): Promise<SceneNode | null> {
  const node = await figma.getNodeByIdAsync(nodeId);
  return node && node.type !== 'PAGE' && node.type !== 'DOCUMENT' ? (node as SceneNode) : null;
}

export function pageOf(node: BaseNode): PageNode | null {
  let current: BaseNode | null = node;
  while (current && current.type !== 'PAGE') current = current.parent;
  return current;
}

/**
 * penpot.group, penpot.flatten, library.local.createComponent and
 * penpot.createVariantFromComponents over the scene, with Penpot's rules:
 *
 * - group: a new group in the shapes' common parent, at their union bounds.
 *   Penpot bakes transforms into geometry; here a leaf leaving the SVG groups
 *   it was drawn in takes their transforms into its own markup.
 * - flatten: each shape becomes a path (a group: one path of all its leaves,
 *   in its first leaf's style), named as the shape was. Here the path lands in
 *   its imported drawing's root, whose viewBox its markup is drawn in.
 * - createComponent: one board becomes the main component itself (same id);
 *   anything else is wrapped in a new board first.
 * - createVariantFromComponents: main components joined into a variant
 *   container (a board) where the first was, with one property.
 */
import { combineComponents } from '../scene/components';
import { flattenLeaves } from '../scene/flatten';
import type { SceneNode } from '../scene/node';
import type { Scene } from '../scene/scene';
import { drawingOf, markupWithinGroups } from './penpot-drawing-exit';
import { removeEmptiedGroups } from './penpot-empty-groups';
import { libraryOf, registerComponent, type ComponentRecord } from './penpot-library';

export function groupNodes(scene: Scene, nodes: readonly SceneNode[]): SceneNode | null {
  const parent = commonParent(scene, nodes);
  if (!parent) return null;
  const box = unionBox(nodes);
  const index = Math.max(...nodes.map((n) => parent.children.indexOf(branchOf(n, parent))));
  const group = scene.create('group', 'Group', box.width, box.height, parent);
  parent.insert(group, index + 1);
  if (inDrawing(parent)) group.svg = { kind: 'group', open: '<g>', close: '</g>' };
  const origin = parent === scene.page ? { x: 0, y: 0 } : parent.absolute();
  group.x = box.x - origin.x;
  group.y = box.y - origin.y;
  for (const node of nodes) {
    const from = node.parent;
    bakeGroups(node, parent);
    const at = node.absolute();
    group.insert(node);
    node.x = at.x - box.x;
    node.y = at.y - box.y;
    removeEmptiedGroups(from, parent);
  }
  return group;
}

export function flattenNodes(scene: Scene, nodes: readonly SceneNode[]): SceneNode[] {
  const paths: SceneNode[] = [];
  for (const node of nodes) {
    const leaves = leavesOf(node);
    const home = drawingOf(node) ?? node.parent;
    if (leaves.length === 0 || !home) continue;
    const index = home.children.indexOf(branchOf(node, home));
    const path = flattenLeaves(scene, leaves, 'path', home, index < 0 ? home.children.length : index);
    path.name = node.name;
    if (!node.removed && node !== path) node.remove();
    paths.push(path);
  }
  return paths;
}

export function createComponentOf(scene: Scene, nodes: readonly SceneNode[]): ComponentRecord | null {
  const [only] = nodes;
  if (!only) return null;
  if (nodes.length === 1 && only.type === 'board' && !only.component) return registerComponent(scene, only);
  const parent = commonParent(scene, nodes) ?? scene.page;
  const box = unionBox(nodes);
  const board = scene.create('board', only.name, box.width, box.height, parent);
  const origin = parent === scene.page ? { x: 0, y: 0 } : parent.absolute();
  board.x = box.x - origin.x;
  board.y = box.y - origin.y;
  for (const node of nodes) {
    const at = node.absolute();
    board.insert(node);
    node.x = at.x - box.x;
    node.y = at.y - box.y;
  }
  return registerComponent(scene, board);
}

/** Every node must be a main component not yet in a variant container; otherwise Penpot refuses (null). */
export function combineVariants(scene: Scene, mains: readonly SceneNode[]): SceneNode | null {
  const { byMain, properties } = libraryOf(scene);
  const records = mains.map((main) => byMain.get(main));
  const valid = records.every(
    (r) => r && r.main.component?.kind === 'main' && r.main.parent?.component?.kind !== 'set',
  );
  if (mains.length === 0 || !valid) return null;
  const set = combineComponents(scene, mains, 'board', mains[0]!.name);
  properties.set(set, ['Property 1']);
  for (const record of records) if (record) record.values = [record.name];
  return set;
}

function leavesOf(node: SceneNode): SceneNode[] {
  if (node.children.length === 0) return node.svg?.kind === 'root' ? [] : [node];
  return node.children.flatMap(leavesOf);
}

function inDrawing(node: SceneNode): boolean {
  return drawingOf(node) !== undefined || node.svg?.kind === 'root';
}

/** A leaf leaving its SVG groups for `to` (an ancestor) keeps their transforms in its own markup. */
function bakeGroups(node: SceneNode, to: SceneNode): void {
  if (node.svg?.kind === 'leaf') node.svg = { kind: 'leaf', markup: markupWithinGroups(node, to) };
}

function commonParent(scene: Scene, nodes: readonly SceneNode[]): SceneNode | undefined {
  const [first] = nodes;
  if (!first) return undefined;
  for (let at = first.parent; at; at = at.parent) {
    if (nodes.every((n) => n !== at && at.contains(n))) return at;
  }
  return scene.page;
}

/** The child of `ancestor` that `node` is in (or is). */
function branchOf(node: SceneNode, ancestor: SceneNode): SceneNode {
  let at = node;
  while (at.parent && at.parent !== ancestor) at = at.parent;
  return at;
}

function unionBox(nodes: readonly SceneNode[]): { x: number; y: number; width: number; height: number } {
  const boxes = nodes.map((n) => ({ ...n.absolute(), w: n.width, h: n.height }));
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  return { x, y, width: Math.max(0.01, right - x), height: Math.max(0.01, bottom - y) };
}

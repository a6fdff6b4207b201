/**
 * Flatten, host-neutral (Figma's figma.flatten, Penpot's penpot.flatten):
 * several leaves of an SVG import become one leaf whose drawing is all of
 * theirs (each in its groups' transforms, in its current colours), with the
 * first leaf's fills and strokes, at their union bounds. The leaves are
 * removed. Drawn correctly when the new leaf stays inside the same imported
 * drawing (the usual case: the icon's frame), whose viewBox its markup uses.
 */
import { SceneNode } from './node';
import type { Scene } from './scene';
import { drawnLeafMarkup } from './svg-draw';

export function flattenLeaves(
  scene: Scene,
  leaves: readonly SceneNode[],
  type: string,
  parent: SceneNode,
  index = parent.children.length,
): SceneNode {
  const first = leaves[0];
  if (!first) throw new Error('Nothing to flatten');
  const boxes = leaves.map((leaf) => ({ ...leaf.absolute(), width: leaf.width, height: leaf.height }));
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const markup = leaves.map(inItsGroups).join('');
  const node = new SceneNode(
    scene.newId(),
    type,
    first.name,
    Math.max(0.01, right - left),
    Math.max(0.01, bottom - top),
  );
  node.svg = { kind: 'leaf', markup: `<g xmlns="http://www.w3.org/2000/svg">${markup}</g>` };
  node.fills = first.fills;
  node.strokes = first.strokes;
  // Its markup already carries every leaf's current colours: drawn as is until its paints change.
  node.importedFills = node.fills;
  node.importedStrokes = node.strokes;
  const at = parent.absolute();
  const isPage = !parent.parent;
  parent.insert(node, index);
  node.x = left - (isPage ? 0 : at.x);
  node.y = top - (isPage ? 0 : at.y);
  for (const leaf of leaves) {
    const from = leaf.parent;
    leaf.remove();
    removeEmptyGroups(from);
  }
  return node;
}

/** The leaf's markup wrapped in the opening tags of the groups between it and its drawing's root. */
function inItsGroups(leaf: SceneNode): string {
  let markup = drawnLeafMarkup(leaf);
  for (let p = leaf.parent; p && p.svg?.kind === 'group'; p = p.parent)
    markup = p.svg.open + markup + p.svg.close;
  return markup;
}

/** A group left with nothing in it is gone, as in the editors. */
function removeEmptyGroups(from: SceneNode | null): void {
  for (let p = from; p && p.svg?.kind === 'group' && p.children.length === 0;) {
    const up = p.parent;
    p.remove();
    p = up;
  }
}

/**
 * A shape of an imported SVG moved out of its drawing (appendChild or
 * insertChild into a board) keeps its look, as in Penpot, where a path's
 * geometry is its own, in canvas coordinates, wherever it is relocated
 * (relocate-shapes changes its parent, never its geometry). Here a leaf's
 * markup is drawn in its drawing's viewBox, inside its SVG groups: leaving
 * the drawing, it is rewritten into its own box (the groups' tags and the
 * viewBox's scale and offset baked in, the drawing's defs carried along), so
 * the scene can draw it on its own. The groups it leaves lose their tags'
 * effect on it only: theirs is now in its markup.
 */
import type { SceneNode } from '../scene/node';

/** The imported drawing (its root) `node` is drawn in, if any. */
export function drawingOf(node: SceneNode): SceneNode | undefined {
  for (let at = node.parent; at; at = at.parent) if (at.svg?.kind === 'root') return at;
  return undefined;
}

/** Rewrites every leaf under `node` (or `node` itself) into its own box; `root` is the drawing it leaves. */
export function leaveDrawing(node: SceneNode, root: SceneNode): void {
  if (root.svg?.kind !== 'root') return;
  const { scale, x, y } = placement(root);
  const extras = root.svg.extras;
  node.walk((at) => {
    if (at.svg?.kind !== 'leaf') return;
    const markup = markupWithinGroups(at, root);
    const box = at.absolute();
    const transform = `translate(${x - box.x} ${y - box.y}) scale(${scale})`;
    at.svg = {
      kind: 'leaf',
      markup: `<g xmlns="http://www.w3.org/2000/svg" transform="${transform}">${extras}${markup}</g>`,
    };
  });
  // Groups moved out with it are plain groups now: their transforms are in their leaves' markup.
  node.walk((at) => {
    if (at.svg?.kind === 'group') at.svg = { kind: 'group', open: '<g>', close: '</g>' };
  });
}

/** A leaf's markup inside the SVG groups' tags between it and `to` (an ancestor): their transforms baked in. */
export function markupWithinGroups(leaf: SceneNode, to: SceneNode): string {
  if (leaf.svg?.kind !== 'leaf') return '';
  let markup = leaf.svg.markup;
  for (let at = leaf.parent; at && at !== to; at = at.parent)
    if (at.svg?.kind === 'group') markup = at.svg.open + markup + at.svg.close;
  return markup;
}

/**
 * Where the drawing's user space lands on the canvas: the root is drawn as an <svg> of its size with its viewBox
 * and the default preserveAspectRatio (xMidYMid meet): one scale, the viewBox centred.
 */
function placement(root: SceneNode): { scale: number; x: number; y: number } {
  const [vx = 0, vy = 0, vw = root.width, vh = root.height] =
    root.svg?.kind === 'root' ? root.svg.viewBox.split(/[\s,]+/).map(Number) : [];
  const scale = Math.min(root.width / vw, root.height / vh);
  const at = root.absolute();
  return {
    scale,
    x: at.x + (root.width - vw * scale) / 2 - vx * scale,
    y: at.y + (root.height - vh * scale) / 2 - vy * scale,
  };
}

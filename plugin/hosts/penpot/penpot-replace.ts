/** Regenerate a generated layer, the Penpot way: the new drawing takes the old shape's place. */
import type { Shape } from '@penpot/plugin-types';
import { pluginError } from '../../../core/api/errors';
import type { GenerationMeta } from '../../../core/protocol/messages';
import type { IconDrawing } from '../host';
import { imageFillAsync } from './penpot-insert';
import { abilitiesOf, markGenerated, shapeById } from './penpot-shapes';
import { hostSvgUnreadable, replaceGone } from '../../../core/errors/placing';

type Parent = Shape & { readonly children: Shape[]; insertChild(index: number, child: Shape): void };

/**
 * An image into a shape whose fill is an image: that fill is replaced (the shape keeps everything else).
 * Anything else: a new shape, named as the old one, put just above it among its parent's children (same
 * z-order), at its position and size, then the old one removed.
 */
export async function replaceNodeAsync(
  nodeId: string,
  drawing: IconDrawing,
  meta: GenerationMeta,
): Promise<string> {
  const old = shapeById(nodeId);
  if (!old) throw pluginError(replaceGone);
  const fill = drawing.kind === 'image' ? await imageFillAsync(drawing, old.name) : undefined;
  if (fill && abilitiesOf(old).canFill && hasImageFill(old)) {
    old.fills = [fill];
    markGenerated(old, meta);
    return old.id;
  }
  // Looked up again after the await: the shape may have gone while the image uploaded.
  const parent = (shapeById(nodeId) && old.parent) as Parent | null;
  if (!parent || !('insertChild' in parent)) throw pluginError(replaceGone);
  const node = fill ? penpot.createRectangle() : penpot.createShapeFromSvg(svgOf(drawing));
  if (!node) throw pluginError(hostSvgUnreadable, 'Penpot');
  if (fill) node.fills = [fill];
  const { x, y, width, height, name } = old;
  node.name = name;
  markGenerated(node, meta);
  parent.insertChild(childIndexAbove(parent, old, node), node);
  if (node.width !== width || node.height !== height) node.resize(width, height);
  node.x = x;
  node.y = y;
  old.remove();
  return node.id;
}

/**
 * The insertChild index that puts `node` right above `old`. With Penpot's default ordering `children` lists
 * the bottom layer first and insertChild(i) puts a shape at position (count − i), count taken before the
 * shape leaves wherever it was.
 */
function childIndexAbove(parent: Parent, old: Shape, node: Shape): number {
  const ids = parent.children.map((c) => c.id);
  const count = ids.length;
  const mine = ids.indexOf(node.id);
  let below = ids.indexOf(old.id);
  if (mine !== -1 && mine < below) below -= 1;
  return count - (below + 1);
}

function hasImageFill(shape: Shape): boolean {
  const fills = shape.fills;
  return Array.isArray(fills) && fills.some((f) => f.fillImage !== undefined);
}

function svgOf(drawing: IconDrawing): string {
  return drawing.kind === 'svg' ? drawing.svg : '';
}

/** Regenerate a generated layer, the Figma way: the new drawing takes the old layer's place. */
import { pluginError } from '../../../core/api/errors';
import type { GenerationMeta } from '../../../core/protocol/messages';
import type { IconDrawing } from '../host';
import { imageFill } from './figma-insert';
import { markGenerated } from './figma-meta';
import { isFillable, sceneNodeAsync } from './figma-nodes';
import { hostSvgUnreadable, replaceGone } from '../../../core/errors/placing';

/**
 * An image into a shape whose fill is an image: that fill is replaced (the shape keeps everything else).
 * Anything else: a new node, named as the old one, inserted just above it in the same parent (same
 * z-order), moved to its position and given its size, then the old one removed. Every await comes before
 * the new node exists (see placerAsync).
 */
export async function replaceNodeAsync(
  nodeId: string,
  drawing: IconDrawing,
  meta: GenerationMeta,
): Promise<string> {
  const old = await sceneNodeAsync(nodeId);
  const parent = old?.parent;
  if (!old || !parent || !('insertChild' in parent)) throw pluginError(replaceGone);
  if (drawing.kind === 'image' && isFillable(old) && hasImageFill(old.fills)) {
    old.fills = [imageFill(drawing)];
    markGenerated(old, meta);
    return old.id;
  }
  const node = drawing.kind === 'svg' ? svgNode(drawing.svg) : imageRect(drawing);
  const { x, y, width, height, name } = old;
  node.name = name;
  markGenerated(node, meta);
  parent.insertChild(parent.children.indexOf(old) + 1, node);
  node.x = x;
  node.y = y;
  fitTo(node, width, height);
  old.remove();
  return node.id;
}

/**
 * The old layer's size: an image rectangle is resized (its fill covers it); a vector frame is scaled, as
 * resizing a frame would only crop its drawing. The same request draws the same size, so this is rare.
 */
function fitTo(node: FrameNode | RectangleNode, width: number, height: number): void {
  if (node.width === width && node.height === height) return;
  if (node.type === 'RECTANGLE') node.resize(width, height);
  else if (node.width > 0) node.rescale(width / node.width);
}

function hasImageFill(fills: FillableFills): boolean {
  return Array.isArray(fills) && fills.some((paint: Paint) => paint.type === 'IMAGE');
}

type FillableFills = ReadonlyArray<Paint> | PluginAPI['mixed'];

function svgNode(svg: string): FrameNode {
  try {
    return figma.createNodeFromSvg(svg);
  } catch {
    throw pluginError(hostSvgUnreadable, 'Figma');
  }
}

function imageRect(image: Extract<IconDrawing, { kind: 'image' }>): RectangleNode {
  const fill = imageFill(image);
  const rect = figma.createRectangle();
  rect.resize(image.width, image.height);
  rect.fills = [fill];
  return rect;
}

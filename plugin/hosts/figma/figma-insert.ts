/** Vector layers from SVG, image rectangles and image fills, the Figma way. */
import { MAX_PLACED_SIDE, type Size } from '../../../core/images/placed-size';
import type { GenerationMeta } from '../../../core/protocol/messages';
import { pluginError } from '../../../core/api/errors';
import type { ImageData, Placement } from '../host';
import { markGenerated } from './figma-meta';
import { isFillable, sceneNodeAsync } from './figma-nodes';
import { placerAsync } from './figma-place';
import {
  figmaImageTooLarge,
  figmaImageType,
  figmaImageUnreadable,
  hostSvgUnreadable,
  shapeUnfillable,
} from '../../../core/errors/placing';

/** What figma.createImage decodes; anything else is re-encoded by the UI first (see image-converter). */
export const FIGMA_IMAGE_MIMES = ['image/png', 'image/jpeg', 'image/gif'];

export async function insertSvgAsync(
  svg: string,
  name: string,
  placement: Placement,
  meta: GenerationMeta,
): Promise<string> {
  // Every await comes before the node exists (see placerAsync).
  const place = await placerAsync(placement);
  let node: FrameNode;
  try {
    node = figma.createNodeFromSvg(svg);
  } catch {
    throw pluginError(hostSvgUnreadable, 'Figma');
  }
  node.name = name;
  markGenerated(node, meta);
  place(node);
  return node.id;
}

export async function insertImageAsync(
  image: ImageData,
  size: Size,
  name: string,
  placement: Placement,
  meta: GenerationMeta,
): Promise<string> {
  const fill = imageFill(image);
  // Every await comes before the node exists (see placerAsync).
  const place = await placerAsync(placement);
  const rect = figma.createRectangle();
  rect.resize(size.width, size.height);
  rect.fills = [fill];
  rect.name = name;
  markGenerated(rect, meta);
  place(rect);
  return rect.id;
}

export async function fillShapeAsync(
  nodeId: string,
  image: ImageData,
  meta: GenerationMeta,
): Promise<string> {
  const node = await sceneNodeAsync(nodeId);
  if (!isFillable(node)) throw pluginError(shapeUnfillable);
  node.fills = [imageFill(image)];
  markGenerated(node, meta);
  return node.id;
}

export function imageFill(image: ImageData): ImagePaint {
  if (!FIGMA_IMAGE_MIMES.includes(image.mime)) {
    throw pluginError(figmaImageType, image.mime);
  }
  // figma.createImage's limit, checked first to say so plainly (larger images are scaled down by the UI first).
  if (image.width > MAX_PLACED_SIDE || image.height > MAX_PLACED_SIDE) {
    throw pluginError(figmaImageTooLarge, MAX_PLACED_SIDE, image.width, image.height);
  }
  let hash: string;
  try {
    hash = figma.createImage(image.bytes).hash;
  } catch {
    throw pluginError(figmaImageUnreadable);
  }
  return { type: 'IMAGE', imageHash: hash, scaleMode: 'FILL' };
}

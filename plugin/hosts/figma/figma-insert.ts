/** Vector layers from SVG, image rectangles and image fills, the Figma way. */
import { MAX_PLACED_SIDE, type Size } from '../../../core/images/placed-size';
import type { GenerationMeta } from '../../../core/protocol/messages';
import { insertFailed } from '../../user-error';
import type { ImageData, Placement } from '../host';
import { markGenerated } from './figma-meta';
import { isFillable, sceneNodeAsync } from './figma-nodes';
import { placerAsync } from './figma-place';

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
    throw insertFailed('Figma could not read this SVG, so nothing was inserted. Try generating again.');
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
  if (!isFillable(node)) throw insertFailed('The shape to fill is gone or cannot take an image fill.');
  node.fills = [imageFill(image)];
  markGenerated(node, meta);
  return node.id;
}

function imageFill(image: ImageData): ImagePaint {
  if (!FIGMA_IMAGE_MIMES.includes(image.mime)) {
    throw insertFailed(`Figma cannot read ${image.mime} images (PNG, JPEG and GIF only).`);
  }
  // figma.createImage's limit, checked first to say so plainly (larger images are scaled down by the UI first).
  if (image.width > MAX_PLACED_SIDE || image.height > MAX_PLACED_SIDE) {
    throw insertFailed(
      `Figma takes images up to ${MAX_PLACED_SIDE} px a side; this one is ${image.width}×${image.height}.`,
    );
  }
  let hash: string;
  try {
    hash = figma.createImage(image.bytes).hash;
  } catch {
    throw insertFailed('Figma could not read this image, so nothing was inserted.');
  }
  return { type: 'IMAGE', imageHash: hash, scaleMode: 'FILL' };
}

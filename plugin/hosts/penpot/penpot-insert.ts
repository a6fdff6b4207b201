/** Vector shapes from SVG, image rectangles and image fills, the Penpot way. */
import type { Fill } from '@penpot/plugin-types';
import type { Size } from '../../../core/images/placed-size';
import type { GenerationMeta } from '../../../core/protocol/messages';
import { pluginError } from '../../../core/api/errors';
import type { ImageData, Placement } from '../host';
import { freeSpot } from './penpot-area';
import { place } from './penpot-place';
import { abilitiesOf, markGenerated, shapeById } from './penpot-shapes';
import { hostSvgUnreadable, penpotImageUpload, shapeUnfillable } from '../../../core/errors/placing';

export async function insertSvgAsync(
  svg: string,
  name: string,
  placement: Placement,
  meta: GenerationMeta,
): Promise<string> {
  const group = penpot.createShapeFromSvg(svg);
  if (!group) throw pluginError(hostSvgUnreadable, 'Penpot');
  group.name = name;
  markGenerated(group, meta);
  place(group, placement, () => freeSpot(group.width, group.height));
  return group.id;
}

export async function insertImageAsync(
  image: ImageData,
  size: Size,
  name: string,
  placement: Placement,
  meta: GenerationMeta,
): Promise<string> {
  const fill = await imageFillAsync(image, name);
  const rect = penpot.createRectangle();
  rect.resize(size.width, size.height);
  rect.fills = [fill];
  rect.name = name;
  markGenerated(rect, meta);
  place(rect, placement, () => freeSpot(size.width, size.height));
  return rect.id;
}

export async function fillShapeAsync(
  nodeId: string,
  image: ImageData,
  meta: GenerationMeta,
): Promise<string> {
  const shape = shapeById(nodeId);
  if (!shape || !abilitiesOf(shape).canFill) {
    throw pluginError(shapeUnfillable);
  }
  shape.fills = [await imageFillAsync(image, shape.name)];
  markGenerated(shape, meta);
  return shape.id;
}

export async function imageFillAsync(image: ImageData, name: string): Promise<Fill> {
  try {
    const fillImage = await penpot.uploadMediaData(name, image.bytes, image.mime);
    return { fillOpacity: 1, fillImage };
  } catch {
    throw pluginError(penpotImageUpload);
  }
}

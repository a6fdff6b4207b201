/** Penpot fills ({fillColor} / {fillImage}) to and from the scene's fills. */
import type { Fill, ImageData } from '@penpot/plugin-types';
import { imageById } from '../scene/images';
import type { SceneFill } from '../scene/node';

export function toPenpotFill(fill: SceneFill, ctx: { media(id: string): ImageData | undefined }): Fill {
  if (fill.type === 'IMAGE' && fill.imageHash) {
    const media = ctx.media(fill.imageHash);
    return { fillOpacity: fill.opacity ?? 1, ...(media ? { fillImage: media } : {}) };
  }
  return { fillColor: fill.color ?? '#000000', fillOpacity: fill.opacity ?? 1 };
}

export function fromPenpotFill(fill: Fill): SceneFill {
  if (!fill || typeof fill !== 'object') throw new Error('Invalid fill');
  const opacity = fill.fillOpacity ?? 1;
  if (fill.fillImage) {
    const id = fill.fillImage.id;
    if (typeof id !== 'string' || !imageById(id)) throw new Error('fillImage must come from uploadMediaData');
    return {
      type: 'IMAGE',
      imageHash: id,
      scaleMode: fill.fillImage.keepAspectRatio ? 'FILL' : 'STRETCH',
      opacity,
    };
  }
  if (typeof fill.fillColor === 'string' && /^#[0-9a-f]{6}$/i.test(fill.fillColor)) {
    return { type: 'SOLID', color: fill.fillColor.toLowerCase(), opacity };
  }
  if (fill.fillColorGradient) return { type: 'GRADIENT', opacity };
  throw new Error('Invalid fill: needs fillColor "#rrggbb", fillImage or fillColorGradient');
}

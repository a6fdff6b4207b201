/**
 * Penpot fills ({fillColor} / {fillImage}) and strokes ({strokeColor, strokeWidth…}) to and from the
 * scene's paints. A paint referring to a library colour (fillColorRefId / strokeColorRefId, as
 * LibraryColor.asFill/asStroke give) is bound to it: drawn in the colour's current value.
 */
import type { Fill, ImageData, Stroke } from '@penpot/plugin-types';
import type { DocumentColours } from '../scene/colours';
import { imageById } from '../scene/images';
import { resolvedFill, type ColourBinding, type SceneFill } from '../scene/node';
import { FILE_ID } from './penpot-library';

interface PaintContext {
  media(id: string): ImageData | undefined;
}

const HEX = /^#[0-9a-f]{6}$/i;

export function toPenpotFill(fill: SceneFill, ctx: PaintContext): Fill {
  if (fill.type === 'IMAGE' && fill.imageHash) {
    const media = ctx.media(fill.imageHash);
    return { fillOpacity: fill.opacity ?? 1, ...(media ? { fillImage: media } : {}) };
  }
  const { color, opacity, binding } = resolvedFill(fill);
  return {
    fillColor: color ?? '#000000',
    fillOpacity: opacity ?? 1,
    ...(binding ? { fillColorRefFile: FILE_ID, fillColorRefId: binding.id } : {}),
  };
}

export function fromPenpotFill(fill: Fill, colours: DocumentColours): SceneFill {
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
  if (typeof fill.fillColor === 'string' && HEX.test(fill.fillColor)) {
    const binding = bindingOf(fill.fillColorRefId, colours);
    return { type: 'SOLID', color: fill.fillColor.toLowerCase(), opacity, ...(binding ? { binding } : {}) };
  }
  if (fill.fillColorGradient) return { type: 'GRADIENT', opacity };
  throw new Error('Invalid fill: needs fillColor "#rrggbb", fillImage or fillColorGradient');
}

/** What a Penpot stroke has that a scene paint does not: kept beside it, per stroke. */
export type StrokeStyle = Omit<
  Stroke,
  'strokeColor' | 'strokeOpacity' | 'strokeColorRefId' | 'strokeColorRefFile' | 'strokeColorGradient'
>;

/** As Penpot's SVG import gives a stroke it knows nothing more about. */
const DEFAULT_STROKE_STYLE: StrokeStyle = { strokeStyle: 'solid', strokeAlignment: 'center', strokeWidth: 1 };

export function toPenpotStroke(paint: SceneFill, style: StrokeStyle | undefined): Stroke {
  const { color, opacity, binding } = resolvedFill(paint);
  return {
    ...(style ?? DEFAULT_STROKE_STYLE),
    strokeColor: color ?? '#000000',
    strokeOpacity: opacity ?? 1,
    ...(binding ? { strokeColorRefFile: FILE_ID, strokeColorRefId: binding.id } : {}),
  };
}

export function fromPenpotStroke(stroke: Stroke, colours: DocumentColours): [SceneFill, StrokeStyle] {
  if (!stroke || typeof stroke !== 'object') throw new Error('Invalid stroke');
  const { strokeColor, strokeOpacity, strokeColorRefId, strokeColorRefFile, strokeColorGradient, ...style } =
    stroke;
  void strokeColorRefFile;
  if (strokeColorGradient) return [{ type: 'GRADIENT', opacity: strokeOpacity ?? 1 }, style];
  if (typeof strokeColor !== 'string' || !HEX.test(strokeColor))
    throw new Error('Invalid stroke: needs strokeColor "#rrggbb" or strokeColorGradient');
  const binding = bindingOf(strokeColorRefId, colours);
  return [
    {
      type: 'SOLID',
      color: strokeColor.toLowerCase(),
      opacity: strokeOpacity ?? 1,
      ...(binding ? { binding } : {}),
    },
    style,
  ];
}

/** A reference to one of this file's library colours; Penpot drops one to a colour it does not know. */
function bindingOf(id: string | undefined, colours: DocumentColours): ColourBinding | undefined {
  return typeof id === 'string' && colours.get(id)?.kind === 'library' ? { kind: 'library', id } : undefined;
}

import { isEmptyBox } from './box';
import { drawingBounds } from './drawing-bounds';
import { KEYLINE_BOX, keylineOf, type KeylineChoice } from './keyline';
import { formatNumber, formatViewBox, type ViewBox } from './length';
import { OutlineSample } from './outline-sample';
import type { SvgElement } from './tree';
import type { Work } from './work';

/**
 * Crops to what is drawn and centres it in a square of `size` with
 * `padding` on every side, by choosing the viewBox: the drawing itself is
 * not touched. Optical (the default): the drawing is fitted in its keyline's
 * box within the live area (keyline.ts), so a square is drawn smaller than a
 * circle; `optical: false` fits the bounding box's longer side to the live
 * area. Returns the new viewBox and, when optical, the keyline chosen.
 */
export function fitToSquare(
  root: SvgElement,
  view: ViewBox,
  fit: { size: number; padding: number; optical?: boolean },
  work: Work,
): { view: ViewBox; keyline?: KeylineChoice } {
  const size = fit.size > 0 && isFinite(fit.size) ? fit.size : Math.max(view.width, view.height);
  const padding = Math.min(Math.max(0, fit.padding || 0), size * 0.49);
  const optical = fit.optical !== false;
  const outline = optical ? new OutlineSample() : undefined;
  const box = drawingBounds(root, view, work, outline);
  const width = isEmptyBox(box) ? 0 : box.maxX - box.minX;
  const height = isEmptyBox(box) ? 0 : box.maxY - box.minY;
  const keyline = outline && Math.max(width, height) > 0 ? keylineOf(box, outline) : undefined;
  const target = keyline ? KEYLINE_BOX[keyline.keyline] : KEYLINE_BOX.circle;
  const live = size - 2 * padding;
  // Output px per user unit: the drawing as large as its keyline box allows (a zero side never limits).
  const scale = Math.min(
    width > 0 ? (target.width * live) / width : Infinity,
    height > 0 ? (target.height * live) / height : Infinity,
  );
  let next: ViewBox;
  if (!(scale > 0 && isFinite(scale))) {
    const side = Math.max(view.width, view.height);
    next = {
      x: view.x + (view.width - side) / 2,
      y: view.y + (view.height - side) / 2,
      width: side,
      height: side,
    };
  } else {
    const side = size / scale;
    const centreX = (box.minX + box.maxX) / 2;
    const centreY = (box.minY + box.maxY) / 2;
    next = { x: centreX - side / 2, y: centreY - side / 2, width: side, height: side };
  }
  root.attrs.set('viewBox', formatViewBox(next));
  root.attrs.set('width', formatNumber(size, 3));
  root.attrs.set('height', formatNumber(size, 3));
  root.attrs.delete('preserveAspectRatio');
  return keyline ? { view: next, keyline } : { view: next };
}

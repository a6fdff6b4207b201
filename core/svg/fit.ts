import { isEmptyBox } from './box';
import { drawingBounds } from './drawing-bounds';
import { formatNumber, formatViewBox, type ViewBox } from './length';
import type { SvgElement } from './tree';
import type { Work } from './work';

/**
 * Crops to what is drawn and centres it in a square of `size` with
 * `padding` on every side, by choosing the viewBox: the drawing itself is
 * not touched. Returns the new viewBox.
 */
export function fitToSquare(
  root: SvgElement,
  view: ViewBox,
  fit: { size: number; padding: number },
  work: Work,
): ViewBox {
  const size = fit.size > 0 && isFinite(fit.size) ? fit.size : Math.max(view.width, view.height);
  const padding = Math.min(Math.max(0, fit.padding || 0), size * 0.49);
  const box = drawingBounds(root, view, work);
  const extent = isEmptyBox(box) ? 0 : Math.max(box.maxX - box.minX, box.maxY - box.minY);
  let next: ViewBox;
  if (!(extent > 0)) {
    const side = Math.max(view.width, view.height);
    next = {
      x: view.x + (view.width - side) / 2,
      y: view.y + (view.height - side) / 2,
      width: side,
      height: side,
    };
  } else {
    const side = (extent * size) / (size - 2 * padding);
    const centreX = (box.minX + box.maxX) / 2;
    const centreY = (box.minY + box.maxY) / 2;
    next = { x: centreX - side / 2, y: centreY - side / 2, width: side, height: side };
  }
  root.attrs.set('viewBox', formatViewBox(next));
  root.attrs.set('width', formatNumber(size, 3));
  root.attrs.set('height', formatNumber(size, 3));
  root.attrs.delete('preserveAspectRatio');
  return next;
}

import { isEmptyBox } from './box';
import { drawingBounds } from './drawing-bounds';
import { formatNumber, formatViewBox, parseLength, parseViewBox, type ViewBox } from './length';
import type { SvgElement } from './tree';
import type { Work } from './work';

/** The size browsers give an SVG that states none. */
const DEFAULT_VIEW: ViewBox = { x: 0, y: 0, width: 300, height: 150 };

/**
 * Makes sure the root has a viewBox (from width/height, else from what is
 * drawn) and absolute width/height (the requested size, else the viewBox's).
 * Returns the viewBox.
 */
export function normalise(root: SvgElement, size: { width?: number; height?: number }, work: Work): ViewBox {
  const width = parseLength(root.attrs.get('width'));
  const height = parseLength(root.attrs.get('height'));
  let view = parseViewBox(root.attrs.get('viewBox'));
  if (!view) {
    view =
      width && height && width > 0 && height > 0
        ? { x: 0, y: 0, width, height }
        : viewFromDrawing(root, work);
    root.attrs.set('viewBox', formatViewBox(view));
  }
  const [outWidth, outHeight] = outputSize(size, view, width, height);
  root.attrs.set('width', formatNumber(outWidth, 3));
  root.attrs.set('height', formatNumber(outHeight, 3));
  return view;
}

function viewFromDrawing(root: SvgElement, work: Work): ViewBox {
  const box = drawingBounds(root, DEFAULT_VIEW, work);
  if (isEmptyBox(box) || !(box.maxX > 0 && box.maxY > 0)) return DEFAULT_VIEW;
  return { x: 0, y: 0, width: Math.ceil(box.maxX), height: Math.ceil(box.maxY) };
}

function outputSize(
  size: { width?: number; height?: number },
  view: ViewBox,
  width: number | undefined,
  height: number | undefined,
): [number, number] {
  const aspect = view.width / view.height;
  const wanted = (n: number | undefined): n is number => n !== undefined && n > 0 && isFinite(n);
  if (wanted(size.width) && wanted(size.height)) return [size.width, size.height];
  if (wanted(size.width)) return [size.width, size.width / aspect];
  if (wanted(size.height)) return [size.height * aspect, size.height];
  if (wanted(width) && wanted(height)) return [width, height];
  if (wanted(width)) return [width, width / aspect];
  if (wanted(height)) return [height * aspect, height];
  return [view.width, view.height];
}

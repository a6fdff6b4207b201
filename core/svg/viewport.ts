import { multiply, translation, type Matrix } from './matrix';
import { parseLength, parseViewBox } from './length';
import type { SvgElement } from './tree';

/**
 * The transform a viewport element (nested <svg>, or a <symbol> placed by
 * <use>) applies from its viewBox to its width × height box at x, y.
 * Alignment other than the default xMidYMid meet is approximated by it,
 * except "none", which stretches.
 */
export function viewportTransform(
  element: SvgElement,
  x: number,
  y: number,
  width: number,
  height: number,
): Matrix {
  const box = parseViewBox(element.attrs.get('viewBox'));
  const place = translation(x, y);
  if (!box || !(width > 0) || !(height > 0)) return place;
  const aspect = (element.attrs.get('preserveAspectRatio') ?? '').trim();
  let sx = width / box.width;
  let sy = height / box.height;
  let dx = 0;
  let dy = 0;
  if (!aspect.startsWith('none')) {
    const scale = aspect.endsWith('slice') ? Math.max(sx, sy) : Math.min(sx, sy);
    sx = sy = scale;
    dx = (width - box.width * scale) / 2;
    dy = (height - box.height * scale) / 2;
  }
  const fit: Matrix = [sx, 0, 0, sy, dx - box.x * sx, dy - box.y * sy];
  return multiply(place, fit);
}

/** The viewport transform of a nested <svg> from its own x, y, width and height (absolute lengths only). */
export function nestedViewport(element: SvgElement): Matrix {
  const box = (name: string): number => parseLength(element.attrs.get(name)) ?? 0;
  return viewportTransform(element, box('x'), box('y'), box('width'), box('height'));
}

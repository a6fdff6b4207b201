import { addPoint, type Box } from './box';
import { parseLength, parseNumber, type ViewBox } from './length';
import type { Matrix } from './matrix';
import { pathBounds } from './path-bounds';
import { pathDataOf } from './path-cache';
import type { SvgElement } from './tree';

/** Elements that draw geometry of their own. */
export const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

/** Numbers of a points attribute (an odd count drops the last one, as browsers do). */
export function parsePoints(text: string | undefined): number[] {
  const numbers = (text ?? '').match(/[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g)?.map(Number) ?? [];
  if (numbers.length % 2) numbers.pop();
  return numbers;
}

/**
 * Adds a shape's geometric bounds (no stroke) after `m` to `box`.
 * Percentages resolve against the root viewBox.
 */
export function addShapeBounds(element: SvgElement, m: Matrix, view: ViewBox, box: Box): void {
  const diagonal = Math.sqrt((view.width * view.width + view.height * view.height) / 2);
  const len = (name: string, reference: number): number =>
    parseLength(element.attrs.get(name), reference) ?? 0;
  const point = (x: number, y: number): void =>
    addPoint(box, m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  switch (element.name) {
    case 'path':
      pathBounds(pathDataOf(element), m, box);
      return;
    case 'rect': {
      const [x, y, w, h] = [
        len('x', view.width),
        len('y', view.height),
        len('width', view.width),
        len('height', view.height),
      ];
      if (!(w > 0 && h > 0)) return;
      point(x, y);
      point(x + w, y);
      point(x, y + h);
      point(x + w, y + h);
      return;
    }
    case 'circle':
    case 'ellipse': {
      const circle = element.name === 'circle';
      const rx = circle ? len('r', diagonal) : len('rx', view.width);
      const ry = circle ? rx : len('ry', view.height);
      if (!(rx > 0 && ry > 0)) return;
      const cx = len('cx', view.width);
      const cy = len('cy', view.height);
      const halfX = Math.hypot(m[0] * rx, m[2] * ry);
      const halfY = Math.hypot(m[1] * rx, m[3] * ry);
      const centreX = m[0] * cx + m[2] * cy + m[4];
      const centreY = m[1] * cx + m[3] * cy + m[5];
      addPoint(box, centreX - halfX, centreY - halfY);
      addPoint(box, centreX + halfX, centreY + halfY);
      return;
    }
    case 'line':
      point(len('x1', view.width), len('y1', view.height));
      point(len('x2', view.width), len('y2', view.height));
      return;
    case 'polyline':
    case 'polygon': {
      const numbers = parsePoints(element.attrs.get('points'));
      for (let i = 0; i + 1 < numbers.length; i += 2) point(numbers[i] ?? 0, numbers[i + 1] ?? 0);
      return;
    }
    case 'text': {
      const x = parseNumber(element.attrs.get('x')?.split(/[\s,]+/)[0]) ?? 0;
      const y = parseNumber(element.attrs.get('y')?.split(/[\s,]+/)[0]) ?? 0;
      point(x, y); // text cannot be measured without fonts: its anchor stands for it
      return;
    }
  }
}

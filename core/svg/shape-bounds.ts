import { addPoint, type Box } from './box';
import { parseLength, parseNumber, type ViewBox } from './length';
import type { Matrix } from './matrix';
import { numbersIn } from './number-syntax';
import { pathBounds } from './path-bounds';
import { pathDataOf } from './path-cache';
import type { SvgElement } from './tree';

/** Elements that draw geometry of their own. */
export const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

/** Numbers of a points attribute (an odd count drops the last one, as browsers do). */
export function parsePoints(text: string | undefined): number[] {
  const numbers = numbersIn(text ?? '');
  if (numbers.length % 2) numbers.pop();
  return numbers;
}

type Measure = (element: SvgElement, m: Matrix, view: ViewBox, box: Box) => void;

/**
 * Adds a shape's geometric bounds (no stroke) after `m` to `box`.
 * Percentages resolve against the root viewBox.
 */
export function addShapeBounds(element: SvgElement, m: Matrix, view: ViewBox, box: Box): void {
  MEASURES.get(element.name)?.(element, m, view, box);
}

const length = (element: SvgElement, name: string, reference: number): number =>
  parseLength(element.attrs.get(name), reference) ?? 0;

function addTransformed(box: Box, m: Matrix, x: number, y: number): void {
  addPoint(box, m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
}

function measureRect(element: SvgElement, m: Matrix, view: ViewBox, box: Box): void {
  const x = length(element, 'x', view.width);
  const y = length(element, 'y', view.height);
  const w = length(element, 'width', view.width);
  const h = length(element, 'height', view.height);
  if (!(w > 0 && h > 0)) return;
  addTransformed(box, m, x, y);
  addTransformed(box, m, x + w, y);
  addTransformed(box, m, x, y + h);
  addTransformed(box, m, x + w, y + h);
}

/** Exact: an axis-aligned ellipse under an affine map spans ±√((a·rx)² + (c·ry)²) around its centre. */
function measureEllipse(element: SvgElement, m: Matrix, view: ViewBox, box: Box): void {
  const circle = element.name === 'circle';
  const diagonal = Math.sqrt((view.width * view.width + view.height * view.height) / 2);
  const rx = circle ? length(element, 'r', diagonal) : length(element, 'rx', view.width);
  const ry = circle ? rx : length(element, 'ry', view.height);
  if (!(rx > 0 && ry > 0)) return;
  const cx = length(element, 'cx', view.width);
  const cy = length(element, 'cy', view.height);
  const halfX = Math.hypot(m[0] * rx, m[2] * ry);
  const halfY = Math.hypot(m[1] * rx, m[3] * ry);
  const centreX = m[0] * cx + m[2] * cy + m[4];
  const centreY = m[1] * cx + m[3] * cy + m[5];
  addPoint(box, centreX - halfX, centreY - halfY);
  addPoint(box, centreX + halfX, centreY + halfY);
}

function measureLine(element: SvgElement, m: Matrix, view: ViewBox, box: Box): void {
  addTransformed(box, m, length(element, 'x1', view.width), length(element, 'y1', view.height));
  addTransformed(box, m, length(element, 'x2', view.width), length(element, 'y2', view.height));
}

function measurePoints(element: SvgElement, m: Matrix, _view: ViewBox, box: Box): void {
  const numbers = parsePoints(element.attrs.get('points'));
  for (let i = 0; i + 1 < numbers.length; i += 2)
    addTransformed(box, m, numbers[i] ?? 0, numbers[i + 1] ?? 0);
}

/** Text cannot be measured without fonts: its anchor stands for it. */
function measureText(element: SvgElement, m: Matrix, _view: ViewBox, box: Box): void {
  const x = parseNumber(element.attrs.get('x')?.split(/[\s,]+/)[0]) ?? 0;
  const y = parseNumber(element.attrs.get('y')?.split(/[\s,]+/)[0]) ?? 0;
  addTransformed(box, m, x, y);
}

const MEASURES = new Map<string, Measure>([
  ['path', (element, m, _view, box) => void pathBounds(pathDataOf(element), m, box)],
  ['rect', measureRect],
  ['circle', measureEllipse],
  ['ellipse', measureEllipse],
  ['line', measureLine],
  ['polyline', measurePoints],
  ['polygon', measurePoints],
  ['text', measureText],
]);

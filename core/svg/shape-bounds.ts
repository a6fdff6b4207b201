import { addPoint, type Box } from './box';
import { parseLength, parseNumber, type ViewBox } from './length';
import type { Matrix } from './matrix';
import { numbersIn } from './number-syntax';
import type { OutlineSample } from './outline-sample';
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

type Measure = (element: SvgElement, m: Matrix, view: ViewBox, box: Box, outline?: OutlineSample) => void;

/**
 * Adds a shape's geometric bounds (no stroke) after `m` to `box`, and with
 * `outline` points of its outline (see outline-sample.ts). Percentages
 * resolve against the root viewBox.
 */
export function addShapeBounds(
  element: SvgElement,
  m: Matrix,
  view: ViewBox,
  box: Box,
  outline?: OutlineSample,
): void {
  MEASURES.get(element.name)?.(element, m, view, box, outline);
}

/** Points sampled around an ellipse, or a rounded rectangle's corner (per quarter turn, ends included). */
const ROUND_STEPS = 4;

const length = (element: SvgElement, name: string, reference: number): number =>
  parseLength(element.attrs.get(name), reference) ?? 0;

function addTransformed(box: Box, m: Matrix, x: number, y: number, outline?: OutlineSample): void {
  const X = m[0] * x + m[2] * y + m[4];
  const Y = m[1] * x + m[3] * y + m[5];
  addPoint(box, X, Y);
  outline?.add(X, Y);
}

/** Outline points of an axis-aligned elliptic arc around (cx, cy), from angle `from` over a quarter turn. */
function sampleQuarter(
  outline: OutlineSample,
  m: Matrix,
  centre: { x: number; y: number },
  rx: number,
  ry: number,
  from: number,
): void {
  for (let step = 0; step <= ROUND_STEPS; step++) {
    const angle = from + (step * Math.PI) / (2 * ROUND_STEPS);
    const x = centre.x + rx * Math.cos(angle);
    const y = centre.y + ry * Math.sin(angle);
    outline.add(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  }
}

function measureRect(element: SvgElement, m: Matrix, view: ViewBox, box: Box, outline?: OutlineSample): void {
  const x = length(element, 'x', view.width);
  const y = length(element, 'y', view.height);
  const w = length(element, 'width', view.width);
  const h = length(element, 'height', view.height);
  if (!(w > 0 && h > 0)) return;
  // The corners bound a rounded rectangle too; only its outline follows the rounding.
  const rounded = outline && rectRadii(element, w, h, view);
  const corners = rounded ? undefined : outline;
  addTransformed(box, m, x, y, corners);
  addTransformed(box, m, x + w, y, corners);
  addTransformed(box, m, x, y + h, corners);
  addTransformed(box, m, x + w, y + h, corners);
  if (!outline || !rounded) return;
  const { rx, ry } = rounded;
  sampleQuarter(outline, m, { x: x + w - rx, y: y + h - ry }, rx, ry, 0);
  sampleQuarter(outline, m, { x: x + rx, y: y + h - ry }, rx, ry, Math.PI / 2);
  sampleQuarter(outline, m, { x: x + rx, y: y + ry }, rx, ry, Math.PI);
  sampleQuarter(outline, m, { x: x + w - rx, y: y + ry }, rx, ry, (3 * Math.PI) / 2);
}

/**
 * A rect's corner radii as drawn, or undefined when its corners are square: one given stands for the
 * other, a negative one is ignored, each is at most half the side. Percentages need the `view`.
 */
export function rectRadii(
  element: SvgElement,
  w: number,
  h: number,
  view?: ViewBox,
): { rx: number; ry: number } | undefined {
  const given = (name: string, reference: number | undefined) => {
    const value = parseLength(element.attrs.get(name), reference);
    return value !== undefined && value >= 0 ? value : undefined;
  };
  const rx = given('rx', view?.width);
  const ry = given('ry', view?.height);
  const x = Math.min(rx ?? ry ?? 0, w / 2);
  const y = Math.min(ry ?? rx ?? 0, h / 2);
  return x > 0 && y > 0 ? { rx: x, ry: y } : undefined;
}

/** Exact: an axis-aligned ellipse under an affine map spans ±√((a·rx)² + (c·ry)²) around its centre. */
function measureEllipse(
  element: SvgElement,
  m: Matrix,
  view: ViewBox,
  box: Box,
  outline?: OutlineSample,
): void {
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
  if (outline)
    for (let quarter = 0; quarter < 4; quarter++)
      sampleQuarter(outline, m, { x: cx, y: cy }, rx, ry, (quarter * Math.PI) / 2);
}

function measureLine(element: SvgElement, m: Matrix, view: ViewBox, box: Box, outline?: OutlineSample): void {
  addTransformed(box, m, length(element, 'x1', view.width), length(element, 'y1', view.height), outline);
  addTransformed(box, m, length(element, 'x2', view.width), length(element, 'y2', view.height), outline);
}

function measurePoints(
  element: SvgElement,
  m: Matrix,
  _view: ViewBox,
  box: Box,
  outline?: OutlineSample,
): void {
  const numbers = parsePoints(element.attrs.get('points'));
  for (let i = 0; i + 1 < numbers.length; i += 2)
    addTransformed(box, m, numbers[i] ?? 0, numbers[i + 1] ?? 0, outline);
}

/** Text cannot be measured without fonts: its anchor stands for it. */
function measureText(
  element: SvgElement,
  m: Matrix,
  _view: ViewBox,
  box: Box,
  outline?: OutlineSample,
): void {
  const x = parseNumber(element.attrs.get('x')?.split(/[\s,]+/)[0]) ?? 0;
  const y = parseNumber(element.attrs.get('y')?.split(/[\s,]+/)[0]) ?? 0;
  addTransformed(box, m, x, y, outline);
}

const MEASURES = new Map<string, Measure>([
  ['path', (element, m, _view, box, outline) => void pathBounds(pathDataOf(element), m, box, outline)],
  ['rect', measureRect],
  ['circle', measureEllipse],
  ['ellipse', measureEllipse],
  ['line', measureLine],
  ['polyline', measurePoints],
  ['polygon', measurePoints],
  ['text', measureText],
]);

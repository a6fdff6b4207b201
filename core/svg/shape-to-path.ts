import { parseNumber } from './length';
import type { PathData } from './path-data';
import { formatPathData } from './path-format';
import { parsePoints, rectRadii } from './shape-bounds';
import type { SvgElement } from './tree';

const M = 77;
const L = 76;
const H = 72;
const V = 86;
const A = 65;
const Z = 90;

/** Each shape's geometry attributes: they go when it becomes a path, every other attribute stays. */
const GEOMETRY: Readonly<Record<string, readonly string[]>> = {
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
  polyline: ['points'],
  polygon: ['points'],
};

/**
 * Turns a basic shape into the path SVG defines as its equivalent (same start point and direction), so
 * icon layers of one paint can merge (merge-paths.ts). Only plain-number geometry converts (percentages
 * and units resolve against viewports a path does not see); a shape that draws nothing stays as it is.
 * The caller keeps shapes that dashes or markers would tell apart. Returns whether it converted.
 */
export function shapeToPath(element: SvgElement): boolean {
  const geometry = GEOMETRY[element.name];
  if (!geometry || !plainGeometry(element, geometry)) return false;
  const data = pathOf(element);
  if (!data) return false;
  for (const name of geometry) element.attrs.delete(name);
  element.attrs.set('d', formatPathData(data));
  element.name = 'path';
  return true;
}

/** Every geometry attribute given is a plain number (a rect's radii may also be "auto"). */
function plainGeometry(element: SvgElement, geometry: readonly string[]): boolean {
  for (const name of geometry) {
    const text = element.attrs.get(name)?.trim();
    if (text === undefined || name === 'points' || text === 'auto') continue;
    if (parseNumber(text) === undefined) return false;
  }
  return true;
}

/** A geometry attribute's number: its initial value when absent or "auto". */
function number(element: SvgElement, name: string, initial = 0): number {
  return parseNumber(element.attrs.get(name)) ?? initial;
}

function pathOf(element: SvgElement): PathData | undefined {
  const n = (name: string) => number(element, name);
  switch (element.name) {
    case 'rect':
      return rectPath(element, n('x'), n('y'), n('width'), n('height'));
    case 'circle':
      return ellipsePath(n('cx'), n('cy'), n('r'), n('r'));
    case 'ellipse':
      return ellipsePath(n('cx'), n('cy'), n('rx'), n('ry'));
    case 'line':
      return { codes: [M, L], nums: [n('x1'), n('y1'), n('x2'), n('y2')], complete: true };
    default:
      return pointsPath(element);
  }
}

function rectPath(element: SvgElement, x: number, y: number, w: number, h: number): PathData | undefined {
  if (!(w > 0 && h > 0)) return undefined;
  const radii = rectRadii(element, w, h);
  if (!radii) return { codes: [M, H, V, H, Z], nums: [x, y, x + w, y + h, x], complete: true };
  const { rx, ry } = radii;
  const arc = (ex: number, ey: number): number[] => [rx, ry, 0, 0, 1, ex, ey];
  return {
    codes: [M, H, A, V, A, H, A, V, A, Z],
    nums: [
      ...[x + rx, y, x + w - rx],
      ...arc(x + w, y + ry),
      y + h - ry,
      ...arc(x + w - rx, y + h),
      x + rx,
      ...arc(x, y + h - ry),
      y + ry,
      ...arc(x + rx, y),
    ],
    complete: true,
  };
}

function ellipsePath(cx: number, cy: number, rx: number, ry: number): PathData | undefined {
  if (!(rx > 0 && ry > 0)) return undefined;
  const arc = (ex: number, ey: number): number[] => [rx, ry, 0, 0, 1, ex, ey];
  return {
    codes: [M, A, A, A, A, Z],
    nums: [cx + rx, cy, ...arc(cx, cy + ry), ...arc(cx - rx, cy), ...arc(cx, cy - ry), ...arc(cx + rx, cy)],
    complete: true,
  };
}

/** A points list of numbers and separators only (anything else is an error browsers stop drawing at). */
const POINTS = /^[\s,0-9eE.+-]*$/;

function pointsPath(element: SvgElement): PathData | undefined {
  const text = element.attrs.get('points') ?? '';
  if (!POINTS.test(text)) return undefined;
  const points = parsePoints(text);
  if (points.length < 4) return undefined;
  const codes = [M];
  for (let i = 2; i < points.length; i += 2) codes.push(L);
  if (element.name === 'polygon') codes.push(Z);
  return { codes, nums: points, complete: true };
}

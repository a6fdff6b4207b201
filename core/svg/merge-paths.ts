import { parseColor } from '../color/parse-color';
import { boxesApart, inflateBox, isEmptyBox, type Box } from './box';
import type { InheritedPaint } from './inherited-paint';
import { parseNumber } from './length';
import { IDENTITY } from './matrix';
import { pathBounds } from './path-bounds';
import { pathDataOf } from './path-cache';
import type { PathData } from './path-data';
import { INHERITED_DEFAULTS } from './simplify-attributes';
import type { SvgElement, SvgNode } from './tree';

/** Attributes that make a path's look depend on its own extent or vertices, or that cannot be resolved here. */
const BLOCKERS = [
  'id',
  'class',
  'clip-path',
  'mask',
  'filter',
  'pathLength',
  'marker-start',
  'marker-mid',
  'marker-end',
  'marker',
  'style',
  'vector-effect',
];
/** Largest run of apart paths merged at once: the apartness check is quadratic in it. */
const MAX_RUN = 64;
/** Joins that can reach past half the stroke width at a corner (up to the miter limit). */
const MITER_JOINS = new Set(['miter', 'miter-clip', 'arcs']);

/**
 * Merges runs of sibling paths that draw exactly as one path would: same attributes (d aside), solid
 * paints (a colour or none, fill and stroke, own or inherited), no dashes and nothing relative to the
 * shape's box (gradients, clips, markers). Two kinds of run:
 * - any such paths whose boxes, strokes included, are pairwise apart: the regions cannot interact under
 *   either fill rule, nor strokes cross, so the pixels match;
 * - unfilled paths with an opaque stroke (no opacity, no blend mode), overlapping or not: a stroke is the
 *   union of its subpaths' strokes, so one path paints what the separate ones painted on top of each
 *   other.
 * Filled paths that overlap are never merged: under nonzero, opposite windings would cancel into a hole;
 * with transparency, the overlap would no longer be painted twice. Only consecutive siblings are merged,
 * so nothing changes order. Returns the data of every path that starts a run (merged or alone).
 */
export function mergeSiblingPaths(parent: SvgElement, inherited: InheritedPaint): Map<SvgElement, PathData> {
  const result = new Map<SvgElement, PathData>();
  const kept: SvgNode[] = [];
  let run: Run | undefined;
  for (const child of parent.children) {
    const look = child.kind === 'element' ? mergeableLook(child, inherited) : undefined;
    if (run && look && child.kind === 'element' && fitsRun(run, child, look.box)) {
      join(run, pathDataOf(child), look.box);
      continue;
    }
    if (run) result.set(run.element, run.data);
    run =
      look && child.kind === 'element'
        ? {
            element: child,
            data: pathDataOf(child),
            copied: false,
            boxes: [look.box],
            overlapping: look.overlapping,
          }
        : undefined;
    kept.push(child);
  }
  if (run) result.set(run.element, run.data);
  parent.children = kept;
  return result;
}

interface Run {
  readonly element: SvgElement;
  /** The first path's own data until a second joins (copied only then). */
  data: PathData;
  copied: boolean;
  /** Boxes of the members (only the first when they may overlap). */
  readonly boxes: Box[];
  /** Whether members may overlap (opaque strokes, no fill). */
  readonly overlapping: boolean;
}

interface Look {
  /** The path's bounds in its own units, grown by as far as its stroke can reach. */
  readonly box: Box;
  readonly overlapping: boolean;
}

function fitsRun(run: Run, element: SvgElement, box: Box): boolean {
  if (!sameLook(run.element, element)) return false;
  // Same attributes under the same parent: the same paint, so the same kind of run.
  return (
    run.overlapping || (run.boxes.length < MAX_RUN && run.boxes.every((other) => boxesApart(other, box)))
  );
}

function join(run: Run, data: PathData, box: Box): void {
  if (!run.copied) {
    run.data = { codes: run.data.codes.slice(), nums: run.data.nums.slice(), complete: true };
    run.copied = true;
  }
  const { codes, nums } = run.data;
  const first = codes.length;
  for (const code of data.codes) codes.push(code);
  // A leading relative moveto is absolute at the start of a path; mid-path it would not be.
  if (codes[first] === 109) codes[first] = 77;
  for (const value of data.nums) nums.push(value);
  if (!run.overlapping) run.boxes.push(box);
}

/** A property as the path paints it: its own attribute, else what it inherits, else the initial value. */
function effective(element: SvgElement, inherited: InheritedPaint, name: string): string {
  const own = element.attrs.get(name)?.trim();
  if (own !== undefined && own !== 'inherit') return own;
  return inherited.get(name) ?? (name === 'fill' ? 'black' : (INHERITED_DEFAULTS[name] ?? ''));
}

function mergeableLook(element: SvgElement, inherited: InheritedPaint): Look | undefined {
  if (element.name !== 'path' || BLOCKERS.some((name) => element.attrs.has(name))) return undefined;
  const paint = (name: string) => effective(element, inherited, name);
  const fill = paint('fill');
  const stroke = paint('stroke');
  if (fill !== 'none' && !parseColor(fill)) return undefined;
  const strokeColor = stroke === 'none' ? undefined : parseColor(stroke);
  if (stroke !== 'none' && !strokeColor) return undefined;
  const data = pathDataOf(element);
  if (!data.complete) return undefined;
  const box = pathBounds(data, IDENTITY);
  if (isEmptyBox(box)) return undefined;
  if (!strokeColor) return { box, overlapping: false };
  // Dashes restart on every subpath in some renderers and continue in others: not merged.
  if (paint('stroke-dasharray') !== 'none') return undefined;
  const width = parseNumber(paint('stroke-width'));
  if (width === undefined || !(width >= 0)) return undefined;
  const miter = MITER_JOINS.has(paint('stroke-linejoin'))
    ? (parseNumber(paint('stroke-miterlimit')) ?? 4)
    : 1;
  // Square caps reach half the width times √2 past an end; miter joins up to the miter limit times it.
  inflateBox(box, (width / 2) * Math.max(miter, Math.SQRT2));
  const opaque =
    strokeColor.a >= 1 &&
    parseNumber(paint('stroke-opacity')) === 1 &&
    !element.attrs.has('opacity') &&
    !element.attrs.has('mix-blend-mode');
  return { box, overlapping: fill === 'none' && opaque };
}

function sameLook(a: SvgElement, b: SvgElement): boolean {
  if (a.attrs.size !== b.attrs.size) return false;
  for (const [name, value] of a.attrs) {
    if (name !== 'd' && b.attrs.get(name) !== value) return false;
  }
  return true;
}

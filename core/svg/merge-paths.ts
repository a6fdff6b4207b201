import { parseColor } from '../color/parse-color';
import { toHex, type Rgba } from '../color/rgba';
import { addPoint, boxesApart, emptyBox, inflateBox, isEmptyBox, type Box } from './box';
import type { InheritedPaint } from './inherited-paint';
import { parseNumber } from './length';
import { IDENTITY, parseTransform } from './matrix';
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

/** Runs still open to a later path of their look, when paths may move down (icons): a small constant. */
const MAX_OPEN = 8;
/** Boxes drawn above a run's first path that a later member is checked against, before the run closes. */
const MAX_ABOVE = 64;

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
 * with transparency, the overlap would no longer be painted twice.
 *
 * A run is made of consecutive siblings, unless `reorder` (icon layers): then a path may also join an
 * earlier run of its look across other paths, when its box is apart from every box drawn in between
 * (moving it under them changes no pixel). Anything else in between (a group, a shape, a path with a
 * gradient) ends every run. Returns the data of every path that starts a run (merged or alone).
 */
export function mergeSiblingPaths(
  parent: SvgElement,
  inherited: InheritedPaint,
  reorder = false,
): Map<SvgElement, PathData> {
  const runs: Run[] = [];
  const kept: SvgNode[] = [];
  const open: Run[] = [];
  for (const child of parent.children) {
    const look = child.kind === 'element' ? mergeableLook(child, inherited) : undefined;
    if (!look || child.kind !== 'element') {
      open.length = 0;
      kept.push(child);
      continue;
    }
    const data = pathDataOf(child);
    const at = findRun(open, child, look);
    if (at >= 0) {
      join(open[at] as Run, data, look.box);
      // It now draws at its run's place: above the runs opened before, which must stay apart from it.
      addAbove(open, at, look);
      continue;
    }
    addAbove(open, open.length, look);
    const run: Run = {
      element: child,
      data,
      copied: false,
      boxes: [look.box],
      overlapping: look.overlapping,
      above: [],
    };
    runs.push(run);
    kept.push(child);
    if (!reorder) open.length = 0;
    else if (open.length === MAX_OPEN) open.shift();
    open.push(run);
  }
  parent.children = kept;
  return new Map(runs.map((run) => [run.element, run.data]));
}

/** Adds `look` above the first `count` open runs, closing those with too much above them. */
function addAbove(open: Run[], count: number, look: Look): void {
  let closed = false;
  for (let i = 0; i < count; i++) {
    const { above } = open[i] as Run;
    above.push(look);
    closed ||= above.length > MAX_ABOVE;
  }
  if (!closed) return;
  let kept = 0;
  for (const run of open) if (run.above.length <= MAX_ABOVE) open[kept++] = run;
  open.length = kept;
}

/**
 * The newest open run `element` can join (-1: none): same look, apart as the run needs, and free to move
 * under everything drawn above the run's start: apart from it, or both one and the same opaque colour
 * (then the pixels they share are that colour in either order).
 */
function findRun(open: readonly Run[], element: SvgElement, look: Look): number {
  for (let i = open.length - 1; i >= 0; i--) {
    const run = open[i] as Run;
    if (!fitsRun(run, element, look.box)) continue;
    if (
      run.above.every(
        (other) => boxesApart(other.box, look.box) || (look.solid && other.solid === look.solid),
      )
    )
      return i;
  }
  return -1;
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
  /** The paths drawn above the run's first one, in order. */
  readonly above: Look[];
}

interface Look {
  /** The path's bounds in its parent's units, grown by as far as its stroke can reach. */
  readonly box: Box;
  readonly overlapping: boolean;
  /** The one opaque colour everything it paints has ("#rrggbb"), if so: it commutes with others of that colour. */
  readonly solid: string | undefined;
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

/** Initial values INHERITED_DEFAULTS leaves out (it lists those that are no-ops to write). */
const INITIAL: Readonly<Record<string, string>> = { fill: 'black', color: 'black' };

/** A property as the path paints it: its own attribute, else what it inherits, else the initial value. */
function effective(element: SvgElement, inherited: InheritedPaint, name: string): string {
  const own = element.attrs.get(name)?.trim();
  if (own !== undefined && own !== 'inherit') return own;
  return inherited.get(name) ?? INITIAL[name] ?? INHERITED_DEFAULTS[name] ?? '';
}

/** Whether an element carries an attribute that keeps it from merging with any other, whatever its paint. */
export function mergeBlocked(element: SvgElement): boolean {
  return BLOCKERS.some((name) => element.attrs.has(name));
}

function mergeableLook(element: SvgElement, inherited: InheritedPaint): Look | undefined {
  if (element.name !== 'path' || mergeBlocked(element)) return undefined;
  const fill = colorOf(element, inherited, 'fill');
  const stroke = colorOf(element, inherited, 'stroke');
  const fillColor = fill === 'none' ? undefined : parseColor(fill);
  const strokeColor = stroke === 'none' ? undefined : parseColor(stroke);
  if ((fill !== 'none' && !fillColor) || (stroke !== 'none' && !strokeColor)) return undefined;
  const data = pathDataOf(element);
  if (!data.complete) return undefined;
  const box = pathBounds(data, IDENTITY);
  if (isEmptyBox(box)) return undefined;
  if (strokeColor) {
    // Dashes restart on every subpath in some renderers and continue in others: not merged.
    if (effective(element, inherited, 'stroke-dasharray') !== 'none') return undefined;
    const width = parseNumber(effective(element, inherited, 'stroke-width'));
    if (width === undefined || !(width >= 0)) return undefined;
    const miter = MITER_JOINS.has(effective(element, inherited, 'stroke-linejoin'))
      ? (parseNumber(effective(element, inherited, 'stroke-miterlimit')) ?? 4)
      : 1;
    // Square caps reach half the width times √2 past an end; miter joins up to the miter limit times it.
    inflateBox(box, (width / 2) * Math.max(miter, Math.SQRT2));
  }
  const composited = element.attrs.has('opacity') || element.attrs.has('mix-blend-mode');
  const opaque = (color: Rgba | undefined, opacity: string): boolean =>
    !color || (color.a >= 1 && parseNumber(effective(element, inherited, opacity)) === 1);
  const allOpaque = !composited && opaque(fillColor, 'fill-opacity') && opaque(strokeColor, 'stroke-opacity');
  const single =
    fillColor && strokeColor && toHex(fillColor) !== toHex(strokeColor)
      ? undefined
      : (fillColor ?? strokeColor);
  return {
    box: inParent(element, box),
    overlapping: !fillColor && strokeColor !== undefined && allOpaque,
    solid: allOpaque && single ? toHex(single) : undefined,
  };
}

/**
 * A box in the element's own units, in its parent's: siblings with other transforms are compared there.
 * The box of the transformed corners holds the transformed box; an invalid transform is ignored, as
 * browsers do.
 */
function inParent(element: SvgElement, box: Box): Box {
  const m = parseTransform(element.attrs.get('transform'));
  if (!m) return box;
  const out = emptyBox();
  for (const [x, y] of [
    [box.minX, box.minY],
    [box.maxX, box.minY],
    [box.minX, box.maxY],
    [box.maxX, box.maxY],
  ] as const)
    addPoint(out, m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  return out;
}

/** A fill or stroke as painted; currentColor is the solid colour of the (inherited) color property. */
function colorOf(element: SvgElement, inherited: InheritedPaint, name: string): string {
  const value = effective(element, inherited, name);
  return value.toLowerCase() === 'currentcolor' ? effective(element, inherited, 'color') : value;
}

function sameLook(a: SvgElement, b: SvgElement): boolean {
  if (a.attrs.size !== b.attrs.size) return false;
  for (const [name, value] of a.attrs) {
    if (name !== 'd' && b.attrs.get(name) !== value) return false;
  }
  return true;
}

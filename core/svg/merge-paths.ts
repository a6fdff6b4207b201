import { parseColor } from '../color/parse-color';
import { boxesApart, isEmptyBox, type Box } from './box';
import { IDENTITY } from './matrix';
import { pathBounds } from './path-bounds';
import { pathDataOf } from './path-cache';
import type { PathData } from './path-data';
import type { SvgElement, SvgNode } from './tree';

/** Attributes that make a path's look depend on its own extent or vertices. */
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
  'stroke',
  'style',
];
/** Largest run merged at once: the apartness check is quadratic in it. */
const MAX_RUN = 64;

/**
 * Merges runs of sibling paths that draw exactly as one path would: same
 * attributes (d aside), a plain opaque-or-not solid fill, no stroke (not
 * even inherited), nothing relative to the shape's box (gradients, clips,
 * markers), and bounding boxes pairwise apart. Apart boxes mean the fill
 * regions cannot interact under either fill rule, so the pixels match.
 * Returns the data of every path that starts a run (merged or alone).
 */
export function mergeSiblingPaths(parent: SvgElement, inheritedStroke: boolean): Map<SvgElement, PathData> {
  const result = new Map<SvgElement, PathData>();
  const kept: SvgNode[] = [];
  let run: Run | undefined;
  for (const child of parent.children) {
    const box = child.kind === 'element' && !inheritedStroke ? mergeableBox(child) : undefined;
    if (run && box && child.kind === 'element' && fitsRun(run, child, box)) {
      join(run, pathDataOf(child), box);
      continue;
    }
    if (run) result.set(run.element, run.data);
    run =
      box && child.kind === 'element' ? { element: child, data: pathDataOf(child), boxes: [box] } : undefined;
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
  readonly boxes: Box[];
}

function fitsRun(run: Run, element: SvgElement, box: Box): boolean {
  return (
    run.boxes.length < MAX_RUN &&
    sameLook(run.element, element) &&
    run.boxes.every((other) => boxesApart(other, box))
  );
}

function join(run: Run, data: PathData, box: Box): void {
  if (run.boxes.length === 1)
    run.data = { codes: run.data.codes.slice(), nums: run.data.nums.slice(), complete: true };
  const { codes, nums } = run.data;
  const first = codes.length;
  for (const code of data.codes) codes.push(code);
  // A leading relative moveto is absolute at the start of a path; mid-path it would not be.
  if (codes[first] === 109) codes[first] = 77;
  for (const value of data.nums) nums.push(value);
  run.boxes.push(box);
}

function mergeableBox(element: SvgElement): Box | undefined {
  if (element.name !== 'path' || BLOCKERS.some((name) => element.attrs.has(name))) return undefined;
  const fill = element.attrs.get('fill');
  if (fill === undefined || !parseColor(fill)) return undefined;
  const data = pathDataOf(element);
  if (!data.complete) return undefined;
  const box = pathBounds(data, IDENTITY);
  return isEmptyBox(box) ? undefined : box;
}

function sameLook(a: SvgElement, b: SvgElement): boolean {
  if (a.attrs.size !== b.attrs.size) return false;
  for (const [name, value] of a.attrs) {
    if (name !== 'd' && b.attrs.get(name) !== value) return false;
  }
  return true;
}

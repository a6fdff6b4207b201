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
  let run: { element: SvgElement; codes: number[]; nums: number[]; boxes: Box[] } | undefined;
  for (const child of parent.children) {
    const box = child.kind === 'element' && !inheritedStroke ? mergeableBox(child) : undefined;
    if (
      run &&
      box &&
      child.kind === 'element' &&
      run.boxes.length < MAX_RUN &&
      sameLook(run.element, child) &&
      run.boxes.every((other) => boxesApart(other, box))
    ) {
      const data = pathDataOf(child);
      run.codes.push(...data.codes);
      if (run.codes[run.codes.length - data.codes.length] === 109)
        run.codes[run.codes.length - data.codes.length] = 77;
      run.nums.push(...data.nums);
      run.boxes.push(box);
      continue;
    }
    if (run) result.set(run.element, { codes: run.codes, nums: run.nums, complete: true });
    run = undefined;
    if (box && child.kind === 'element') {
      const data = pathDataOf(child);
      run = { element: child, codes: data.codes.slice(), nums: data.nums.slice(), boxes: [box] };
    }
    kept.push(child);
  }
  if (run) result.set(run.element, { codes: run.codes, nums: run.nums, complete: true });
  parent.children = kept;
  return result;
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

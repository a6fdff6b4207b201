import type { ViewBox } from './length';
import { multiply, parseTransform, scaleOf, type Matrix } from './matrix';
import { inheritPaint, NO_PAINT_SET, type InheritedPaint } from './inherited-paint';
import { mergeBlocked, mergeSiblingPaths } from './merge-paths';
import { decimalsFor } from './number-format';
import { pathDataOf } from './path-cache';
import type { PathData } from './path-data';
import { formatPathData } from './path-format';
import { shapeToPath } from './shape-to-path';
import { dropNoOps, INHERITED_DEFAULTS, roundGeometry } from './simplify-attributes';
import { ownProperty } from './styles';
import { forEachElement, type SvgElement, type SvgNode } from './tree';
import { indexIds, useTarget } from './use-references';
import { nestedViewport } from './viewport';
import type { Work } from './work';

/** Containers drawn only through a reference, possibly in other units: their numbers are kept exact. */
const REFERENCED_CONTAINERS = new Set([
  'defs',
  'symbol',
  'clipPath',
  'mask',
  'pattern',
  'marker',
  'linearGradient',
  'radialGradient',
  'filter',
]);
interface Walk {
  readonly step: number;
  readonly stylesheet: boolean;
  readonly merge: boolean;
  /**
   * Icon layers: basic shapes become paths and paths may join an earlier run of their look across others
   * they do not touch, so each paint tends to one layer (merge-paths.ts).
   */
  readonly iconLayers: boolean;
  readonly referenced: ReadonlySet<SvgElement>;
  /** Decimal places per element (undefined: keep exact). */
  readonly decimals: Map<SvgElement, number | undefined>;
  readonly work: Work;
}

interface Scope {
  readonly matrix: Matrix;
  /** Exact numbers only (inside definitions or content other elements reuse). */
  readonly exact: boolean;
  /** Inherited properties set above, so their defaults are not no-ops. */
  readonly setAbove: ReadonlySet<string>;
  /** Paint properties set above, which decide what merges (merge-paths.ts). */
  readonly paint: InheritedPaint;
}

/**
 * Drawing-preserving clean-up: numbers rounded to 1/10 000 of the viewBox
 * (in each element's own scale), compact path data, no-op attributes and
 * empty groups dropped, attribute-less groups unwrapped, same-look sibling
 * paths merged where that draws the same (merge-paths.ts). For an icon
 * (`icon`), basic shapes become paths first, so each paint can end up as one
 * layer. With a stylesheet, inherited defaults and merges are left alone
 * (rules may depend on them). Each element is visited once and each path
 * merged and written once, at the parent it ends up in.
 */
export function simplify(
  root: SvgElement,
  view: ViewBox,
  stylesheet: boolean,
  work: Work,
  icon = false,
): void {
  let markers = false;
  forEachElement(root, (element) => (markers = markers || element.name === 'marker'));
  const walk: Walk = {
    step: Math.max(view.width, view.height) / 10_000,
    stylesheet,
    merge: !stylesheet && !markers,
    // Markers draw on paths and not on rects or circles: with any marker about, shapes stay shapes.
    iconLayers: icon && !stylesheet && !markers,
    referenced: usedElements(root),
    decimals: new Map(),
    work,
  };
  simplifyChildren(root, walk, {
    matrix: [1, 0, 0, 1, 0, 0],
    exact: false,
    setAbove: new Set(),
    paint: inheritPaint(root, NO_PAINT_SET),
  });
}

/** Elements drawn through <use>: their inherited context differs from the tree's. */
function usedElements(root: SvgElement): Set<SvgElement> {
  const ids = indexIds(root);
  const used = new Set<SvgElement>();
  forEachElement(root, (element) => {
    const target = element.name === 'use' ? useTarget(element, ids) : undefined;
    if (target) used.add(target);
  });
  return used;
}

function simplifyChildren(parent: SvgElement, walk: Walk, scope: Scope): void {
  const children: SvgNode[] = [];
  collect(parent.children, walk, scope, children);
  parent.children = children;
  const merged =
    walk.merge && !scope.exact
      ? mergeSiblingPaths(parent, scope.paint, walk.iconLayers)
      : new Map<SvgElement, PathData>();
  for (const child of parent.children) {
    if (child.kind !== 'element' || child.name !== 'path') continue;
    const data = merged.get(child) ?? pathDataOf(child);
    if (data.complete) child.attrs.set('d', formatPathData(data, walk.decimals.get(child)));
  }
}

/**
 * Simplifies `nodes` into `out`. A group left without attributes gives its children in its place,
 * collected straight into `out`: flattening level by level would move (and merge, and rewrite) the same
 * paths once per level, quadratic under deep nesting. Empty groups and defs without an id go.
 */
function collect(nodes: readonly SvgNode[], walk: Walk, scope: Scope, out: SvgNode[]): void {
  for (const child of nodes) {
    if (child.kind !== 'element') {
      out.push(child);
      continue;
    }
    walk.work.visit();
    const inner = simplifyElement(child, walk, scope);
    if (walk.iconLayers && !inner.exact) toPathForMerge(child, inner);
    if (child.name === 'g' && child.attrs.size === 0) {
      collect(child.children, walk, inner, out); // nothing set, so the children's scope is the group's
      continue;
    }
    simplifyChildren(child, walk, inner);
    const container = child.name === 'g' || child.name === 'defs';
    if (!container || child.children.length > 0 || child.attrs.has('id')) out.push(child);
  }
}

/**
 * An icon's basic shape becomes a path where that can let it merge: not when something keeps it from
 * merging anyway (an id, a clip, a style...), nor when dashed (its dashes depend on where its outline
 * starts), so no layer changes kind for nothing.
 */
function toPathForMerge(element: SvgElement, scope: Scope): void {
  if (mergeBlocked(element) || element.attrs.has('pathLength')) return;
  if ((scope.paint.get('stroke-dasharray') ?? 'none') !== 'none') return;
  shapeToPath(element);
}

/** Simplifies an element's own attributes; returns the scope of its children. */
function simplifyElement(element: SvgElement, walk: Walk, parent: Scope): Scope {
  const own = parseTransform(element.attrs.get('transform'));
  let matrix = own ? multiply(parent.matrix, own) : parent.matrix;
  if (element.name === 'svg') matrix = multiply(matrix, nestedViewport(element));
  const exact = parent.exact || REFERENCED_CONTAINERS.has(element.name) || walk.referenced.has(element);
  const setAbove = new Set(parent.setAbove);
  const paint = inheritPaint(element, parent.paint);
  dropNoOps(element, walk.stylesheet, exact ? new Set(Object.keys(INHERITED_DEFAULTS)) : parent.setAbove);
  for (const name of Object.keys(INHERITED_DEFAULTS))
    if (ownProperty(element, name) !== undefined) setAbove.add(name);
  const scope: Scope = {
    matrix,
    exact,
    setAbove,
    paint,
  };
  const decimals = exact ? undefined : decimalsFor(walk.step / scaleOf(matrix));
  walk.decimals.set(element, decimals);
  if (decimals !== undefined && element.name !== 'svg') roundGeometry(element, decimals);
  return scope;
}

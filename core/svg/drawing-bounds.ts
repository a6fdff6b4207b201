import { addBox, emptyBox, inflateBox, intersectBox, isEmptyBox, type Box } from './box';
import { referencedId } from './css-values';
import { parseLength, type ViewBox } from './length';
import { IDENTITY, multiply, parseTransform, scaleOf, translation, type Matrix } from './matrix';
import { addShapeBounds, SHAPES } from './shape-bounds';
import { ownProperty } from './styles';
import { childElements, type SvgElement } from './tree';
import { DEFAULT_SVG_LIMITS } from './limits';
import type { OutlineSample } from './outline-sample';
import { indexIds, useTarget } from './use-references';
import { viewportTransform } from './viewport';
import { Work } from './work';

interface Context {
  readonly ids: ReadonlyMap<string, SvgElement>;
  readonly view: ViewBox;
  /**
   * Elements being measured on the current path: a reference back onto it is skipped, so even a graph the
   * reference check has not seen (a caller of its own) cannot loop. In the pipeline it never triggers.
   */
  readonly onPath: Set<SvgElement>;
  readonly work: Work;
  /** Where outline points go while measuring (the keyline fit); never clip geometry, which is not drawn. */
  readonly outline?: OutlineSample;
}

interface Paint {
  readonly stroked: boolean;
  readonly strokeWidth: number;
}

/**
 * The bounds of everything drawn under the root, in the root's viewBox
 * space: shapes with their transforms and strokes, <use> copies, nested
 * viewports, cut down by clip paths. Definitions (defs, symbols, masks,
 * patterns, ...) are only counted where something uses them. With
 * `outline`, points of every drawn outline are sampled into it on the way.
 */
export function drawingBounds(
  root: SvgElement,
  view: ViewBox,
  work = new Work(DEFAULT_SVG_LIMITS),
  outline?: OutlineSample,
): Box {
  const context: Context = { ids: indexIds(root), view, onPath: new Set([root]), work, outline };
  const box = emptyBox();
  const paint = inheritPaint(root, { stroked: false, strokeWidth: 1 }, view);
  for (const child of childElements(root)) addElement(child, IDENTITY, paint, context, box);
  return box;
}

/** Bounds of one element (and its subtree) after `m`; exported for background detection. */
export function elementBounds(
  element: SvgElement,
  m: Matrix,
  root: SvgElement,
  view: ViewBox,
  work = new Work(DEFAULT_SVG_LIMITS),
): Box {
  const box = emptyBox();
  const context: Context = { ids: indexIds(root), view, onPath: new Set(), work };
  addElement(element, m, { stroked: false, strokeWidth: 1 }, context, box);
  return box;
}

function inheritPaint(element: SvgElement, parent: Paint, view: ViewBox): Paint {
  const stroke = ownProperty(element, 'stroke');
  const width = ownProperty(element, 'stroke-width');
  if (stroke === undefined && width === undefined) return parent;
  const diagonal = Math.sqrt((view.width * view.width + view.height * view.height) / 2);
  return {
    stroked: stroke === undefined ? parent.stroked : stroke !== 'none' && stroke !== 'transparent',
    strokeWidth:
      width === undefined ? parent.strokeWidth : (parseLength(width, diagonal) ?? parent.strokeWidth),
  };
}

function addElement(
  element: SvgElement,
  parentMatrix: Matrix,
  parentPaint: Paint,
  context: Context,
  out: Box,
): void {
  const { onPath } = context;
  if (onPath.has(element) || onPath.size > context.work.limits.maxDepth) return;
  if (ownProperty(element, 'display') === 'none') return;
  context.work.visit();
  const own = parseTransform(element.attrs.get('transform'));
  const m = own ? multiply(parentMatrix, own) : parentMatrix;
  const paint = inheritPaint(element, parentPaint, context.view);
  const box = emptyBox();
  onPath.add(element);
  if (SHAPES.has(element.name) || element.name === 'text') {
    const { outline } = context;
    if (outline) outline.pen = paint.stroked ? (paint.strokeWidth / 2) * scaleOf(m) : 0;
    addShapeBounds(element, m, context.view, box, outline);
    if (paint.stroked) inflateBox(box, (paint.strokeWidth / 2) * scaleOf(m));
  } else if (element.name === 'g') {
    for (const child of childElements(element)) addElement(child, m, paint, context, box);
  } else if (element.name === 'svg') {
    const inner = multiply(m, nestedViewport(element, context.view));
    for (const child of childElements(element)) addElement(child, inner, paint, context, box);
  } else if (element.name === 'use') {
    addUse(element, m, paint, context, box);
  }
  const clip = clipBounds(element, m, context);
  onPath.delete(element);
  addBox(out, clip ? intersectBox(box, clip) : box);
}

function nestedViewport(element: SvgElement, view: ViewBox): Matrix {
  const len = (name: string, reference: number, fallback: number): number =>
    parseLength(element.attrs.get(name), reference) ?? fallback;
  return viewportTransform(
    element,
    len('x', view.width, 0),
    len('y', view.height, 0),
    len('width', view.width, view.width),
    len('height', view.height, view.height),
  );
}

function addUse(use: SvgElement, m: Matrix, paint: Paint, context: Context, box: Box): void {
  const target = useTarget(use, context.ids);
  if (!target || context.onPath.has(target)) return;
  context.work.follow();
  const x = parseLength(use.attrs.get('x'), context.view.width) ?? 0;
  const y = parseLength(use.attrs.get('y'), context.view.height) ?? 0;
  if (target.name !== 'symbol')
    return addElement(target, multiply(m, translation(x, y)), paint, context, box);
  const width =
    parseLength(use.attrs.get('width'), context.view.width) ??
    parseLength(target.attrs.get('width')) ??
    context.view.width;
  const height =
    parseLength(use.attrs.get('height'), context.view.height) ??
    parseLength(target.attrs.get('height')) ??
    context.view.height;
  const inner = multiply(m, viewportTransform(target, x, y, width, height));
  context.onPath.add(target);
  for (const child of childElements(target))
    addElement(child, inner, inheritPaint(target, paint, context.view), context, box);
  context.onPath.delete(target);
}

/** Bounds of the element's user-space clip path, or undefined when unclipped (or clipped in bounding-box units). */
function clipBounds(element: SvgElement, m: Matrix, context: Context): Box | undefined {
  const clipRef = ownProperty(element, 'clip-path');
  const id = clipRef === undefined ? undefined : referencedId(clipRef);
  const clip = id === undefined ? undefined : context.ids.get(id);
  if (!clip || clip.name !== 'clipPath' || clip.attrs.get('clipPathUnits') === 'objectBoundingBox')
    return undefined;
  if (context.onPath.has(clip)) return emptyBox(); // a clip path clipping its own content: nothing drawn
  context.work.follow();
  const own = parseTransform(clip.attrs.get('transform'));
  const inner = own ? multiply(m, own) : m;
  const box = emptyBox();
  const clipContext: Context = { ...context, outline: undefined };
  context.onPath.add(clip);
  for (const child of childElements(clip))
    addElement(child, inner, { stroked: false, strokeWidth: 0 }, clipContext, box);
  context.onPath.delete(clip);
  return isEmptyBox(box) ? emptyBox() : box;
}

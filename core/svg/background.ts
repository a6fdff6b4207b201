import { parseColor } from '../color/parse-color';
import { elementBounds } from './drawing-bounds';
import { isEmptyBox } from './box';
import { parseLength, parseNumber, type ViewBox } from './length';
import { IDENTITY, multiply, parseTransform, type Matrix } from './matrix';
import { ownProperty } from './styles';
import type { SvgElement } from './tree';
import type { Work } from './work';

/** Containers whose content is drawn only where referenced. */
const NOT_DRAWN = new Set([
  'defs',
  'clipPath',
  'mask',
  'pattern',
  'symbol',
  'marker',
  'linearGradient',
  'radialGradient',
  'style',
  'filter',
]);
/** Shapes that can be a flat background. */
const CANDIDATES = new Set(['rect', 'path', 'polygon']);
/** Effects that make a shape other than one flat opaque colour. */
const EFFECTS = ['clip-path', 'mask', 'filter'];

interface Found {
  readonly element: SvgElement;
  readonly parent: SvgElement;
  readonly matrix: Matrix;
  readonly fill: string | undefined;
  readonly fillOpacity: string | undefined;
  readonly stroke: string | undefined;
}

/**
 * Removes the first drawn shape when it covers the whole viewBox in one flat
 * opaque colour (Recraft draws its background that way). With a stylesheet,
 * only a fill set in the shape's own style attribute is trusted.
 */
export function removeBackground(root: SvgElement, view: ViewBox, stylesheet: boolean, work: Work): boolean {
  const found = firstShape(root, IDENTITY, { fill: undefined, fillOpacity: undefined, stroke: undefined });
  if (!found || !isFlatBackground(found, root, view, stylesheet, work)) return false;
  found.parent.children = found.parent.children.filter((child) => child !== found.element);
  return true;
}

type Inherited = Pick<Found, 'fill' | 'fillOpacity' | 'stroke'>;

function inherit(element: SvgElement, parent: Inherited): Inherited {
  return {
    fill: ownProperty(element, 'fill') ?? parent.fill,
    fillOpacity: ownProperty(element, 'fill-opacity') ?? parent.fillOpacity,
    stroke: ownProperty(element, 'stroke') ?? parent.stroke,
  };
}

/** The first drawn element in document order, or undefined when a group effect makes the answer unsafe. */
function firstShape(parent: SvgElement, m: Matrix, inherited: Inherited): Found | undefined | null {
  for (const child of parent.children) {
    if (child.kind !== 'element' || NOT_DRAWN.has(child.name) || ownProperty(child, 'display') === 'none')
      continue;
    if (child.name !== 'g') {
      return { element: child, parent, matrix: m, ...inherit(child, inherited) };
    }
    if (!isPlain(child)) return null;
    const own = parseTransform(child.attrs.get('transform'));
    const found = firstShape(child, own ? multiply(m, own) : m, inherit(child, inherited));
    if (found !== undefined) return found;
  }
  return undefined;
}

function isPlain(element: SvgElement): boolean {
  const opacity = ownProperty(element, 'opacity');
  return (
    (opacity === undefined || parseNumber(opacity) === 1) &&
    EFFECTS.every((name) => ownProperty(element, name) === undefined)
  );
}

function isFlatBackground(
  found: Found,
  root: SvgElement,
  view: ViewBox,
  stylesheet: boolean,
  work: Work,
): boolean {
  const { element } = found;
  if (!CANDIDATES.has(element.name) || !isPlain(element)) return false;
  if (stylesheet && !/(^|;)\s*fill\s*:/.test(element.attrs.get('style') ?? '')) return false;
  const color = parseColor(found.fill ?? 'black');
  if (!color || color.a !== 1) return false;
  if (found.fillOpacity !== undefined && parseNumber(found.fillOpacity) !== 1) return false;
  if (found.stroke !== undefined && found.stroke !== 'none') return false;
  const tolerance = 0.005 * Math.max(view.width, view.height);
  if (element.name === 'rect') {
    const radius = Math.max(
      parseLength(element.attrs.get('rx'), view.width) ?? 0,
      parseLength(element.attrs.get('ry'), view.height) ?? 0,
    );
    if (radius > tolerance) return false;
  }
  const box = elementBounds(element, found.matrix, root, view, work);
  return (
    !isEmptyBox(box) &&
    box.minX <= view.x + tolerance &&
    box.minY <= view.y + tolerance &&
    box.maxX >= view.x + view.width - tolerance &&
    box.maxY >= view.y + view.height - tolerance
  );
}

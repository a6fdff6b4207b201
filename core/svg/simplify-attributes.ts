import { appendNumber, shortNumber } from './number-format';
import { isNumberText } from './number-syntax';
import { parsePoints } from './shape-bounds';
import type { SvgElement } from './tree';

const GEOMETRY = ['x', 'y', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry'];
/** Non-inherited properties at their initial value: dropping them never changes a pixel. */
const NO_OP: Record<string, string> = { opacity: '1', display: 'inline' };
/** Inherited properties at their initial value: no-ops only if nothing above sets them. */
export const INHERITED_DEFAULTS: Record<string, string> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  'fill-rule': 'nonzero',
  'clip-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-miterlimit': '4',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0',
  visibility: 'visible',
};

/**
 * Drops attributes that change nothing: initial values of non-inherited
 * properties, initial values of inherited ones nothing above overrides,
 * classes without a stylesheet. Collapses whitespace in values.
 */
export function dropNoOps(element: SvgElement, stylesheet: boolean, setAbove: ReadonlySet<string>): void {
  if (!stylesheet) element.attrs.delete('class');
  for (const [name, value] of element.attrs) {
    const trimmed = name === 'd' || name === 'style' ? value : value.trim().replace(/\s+/g, ' ');
    if (NO_OP[name] === trimmed) element.attrs.delete(name);
    else if (!stylesheet && INHERITED_DEFAULTS[name] === trimmed && !setAbove.has(name))
      element.attrs.delete(name);
    else if (trimmed !== value && element.name !== 'text' && element.name !== 'tspan')
      element.attrs.set(name, trimmed);
  }
}

/** Rounds plain-number geometry attributes and polygon points. */
export function roundGeometry(element: SvgElement, decimals: number): void {
  for (const name of GEOMETRY) {
    const value = element.attrs.get(name);
    if (value !== undefined && isNumberText(value.trim())) {
      element.attrs.set(name, shortNumber(parseFloat(value), decimals));
    }
  }
  if (element.name === 'polygon' || element.name === 'polyline') {
    let out = '';
    let last = '';
    for (const n of parsePoints(element.attrs.get('points'))) {
      const text = shortNumber(n, decimals);
      out = appendNumber(out, last, text);
      last = text;
    }
    element.attrs.set('points', out);
  }
}

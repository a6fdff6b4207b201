import { ownProperty } from './styles';
import type { SvgElement } from './tree';

/** The inherited properties that decide whether sibling paths can be merged (merge-paths.ts). */
const PAINT_PROPERTIES = [
  'color',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-miterlimit',
] as const;

/** Values set above an element for PAINT_PROPERTIES (absent: the property's initial value). */
export type InheritedPaint = ReadonlyMap<string, string>;

export const NO_PAINT_SET: InheritedPaint = new Map();

/** What `element`'s children inherit: the parent's values, overridden by the element's own (not `inherit`). */
export function inheritPaint(element: SvgElement, parent: InheritedPaint): InheritedPaint {
  let out: Map<string, string> | undefined;
  for (const name of PAINT_PROPERTIES) {
    const value = ownProperty(element, name);
    if (value === undefined || value === 'inherit') continue;
    out ??= new Map(parent);
    out.set(name, value);
  }
  return out ?? parent;
}

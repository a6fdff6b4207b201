import { parsePathData, type PathData } from './path-data';
import type { SvgElement } from './tree';

const cache = new WeakMap<SvgElement, { readonly d: string; readonly data: PathData }>();

/** The parsed "d" of a path element, parsed once per distinct string (bounds, background and simplify share it). */
export function pathDataOf(element: SvgElement): PathData {
  const d = element.attrs.get('d') ?? '';
  const known = cache.get(element);
  if (known && known.d === d) return known.data;
  const data = parsePathData(d);
  cache.set(element, { d, data });
  return data;
}

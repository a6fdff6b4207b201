import { referencedId } from './css-values';
import { forEachElement, type SvgElement } from './tree';

/** Every element with an id (the first one wins, as in browsers). */
export function indexIds(root: SvgElement): Map<string, SvgElement> {
  const ids = new Map<string, SvgElement>();
  forEachElement(root, (element) => {
    const id = element.attrs.get('id');
    if (id !== undefined && !ids.has(id)) ids.set(id, element);
  });
  return ids;
}

export function useTarget(use: SvgElement, ids: ReadonlyMap<string, SvgElement>): SvgElement | undefined {
  const href = use.attrs.get('href') ?? use.attrs.get('xlink:href');
  const id = href === undefined ? undefined : referencedId(href);
  return id === undefined ? undefined : ids.get(id);
}

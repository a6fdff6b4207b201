import { referencedId } from './css-values';
import { SvgRejectedError } from './errors';
import { forEachElement, type SvgElement } from './tree';
import type { SvgLimits } from './types';

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

interface Expansion {
  readonly size: number;
  readonly height: number;
}

/**
 * Drops <use> elements that point at nothing or into a cycle, and refuses
 * documents whose <use> chains expand past the element or depth limits:
 * the "billion laughs" of SVG, built from use instead of entities.
 */
export function checkUseReferences(root: SvgElement, limits: SvgLimits, count: (key: string) => void): void {
  const dangling = (ids: Map<string, SvgElement>) => (use: SvgElement) => !useTarget(use, ids);
  removeUses(root, dangling(indexIds(root)), count);
  const cyclic = new Set<SvgElement>();
  measureExpansion(root, indexIds(root), limits, cyclic);
  if (cyclic.size === 0) return;
  removeUses(root, (use) => cyclic.has(use), count);
  removeUses(root, dangling(indexIds(root)), count);
}

function removeUses(
  element: SvgElement,
  drop: (use: SvgElement) => boolean,
  count: (key: string) => void,
): void {
  element.children = element.children.filter((child) => {
    if (child.kind !== 'element') return true;
    if (child.name === 'use' && drop(child)) {
      count('use');
      return false;
    }
    removeUses(child, drop, count);
    return true;
  });
}

function measureExpansion(
  root: SvgElement,
  ids: ReadonlyMap<string, SvgElement>,
  limits: SvgLimits,
  cyclic: Set<SvgElement>,
): void {
  const memo = new Map<SvgElement, Expansion>();
  const inProgress = new Set<SvgElement>();
  const tooDeep = () => new SvgRejectedError('too-deep', 'its <use> references nest too deeply');
  const expand = (element: SvgElement, depth: number): Expansion => {
    const known = memo.get(element);
    if (known && depth + known.height > limits.maxDepth) throw tooDeep();
    if (known) return known;
    if (depth > limits.maxDepth) throw tooDeep();
    inProgress.add(element);
    let size = 1;
    let height = 0;
    const add = (part: Expansion): void => {
      size += part.size;
      height = Math.max(height, part.height + 1);
      if (size > limits.maxElements) {
        throw new SvgRejectedError(
          'too-many-elements',
          `its <use> references expand past ${limits.maxElements}`,
        );
      }
    };
    const target = element.name === 'use' ? useTarget(element, ids) : undefined;
    if (target && inProgress.has(target)) cyclic.add(element);
    else if (target) add(expand(target, depth + 1));
    for (const child of element.children) if (child.kind === 'element') add(expand(child, depth + 1));
    inProgress.delete(element);
    const result = { size, height };
    memo.set(element, result);
    return result;
  };
  expand(root, 1);
}

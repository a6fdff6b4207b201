import { parseDeclarations, type Declaration } from './css-declarations';
import { referencedId } from './css-values';
import type { SvgElement } from './tree';

/** Properties whose references the elements that paint use, and inherit from their ancestors. */
const PAINT_PROPERTIES: ReadonlySet<string> = new Set([
  'fill',
  'stroke',
  'marker',
  'marker-start',
  'marker-mid',
  'marker-end',
]);

/** Property → the ids it references; a property set without a reference is absent (it inherits nothing). */
export type PaintReferences = ReadonlyMap<string, readonly string[]>;

/** Appends every id the text names through url(#id). Linear: one "url(" occurrence owns the spaces after it. */
function appendUrlIds(text: string, out: string[]): void {
  if (text.indexOf('url(') < 0) return;
  const pattern = /url\(\s*["']?#([^\s)"']+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) out.push(match[1] as string);
}

/**
 * The ids an element references by itself: its href (use, gradient and pattern templates, textPath,
 * filter), and url(#id) in any attribute or style declaration (clip-path, mask, filter, markers, paint).
 * All sources are taken together, whichever would win in CSS: more edges can only find more cycles.
 */
export function ownReferences(element: SvgElement, matched: readonly Declaration[]): string[] {
  const ids: string[] = [];
  for (const [name, value] of element.attrs) {
    if (name === 'href' || name === 'xlink:href') {
      const id = referencedId(value);
      if (id !== undefined) ids.push(id);
    } else if (name !== 'id' && name !== 'class') appendUrlIds(value, ids);
  }
  for (const declaration of matched) appendUrlIds(declaration.value, ids);
  return ids;
}

/**
 * The paint references an element has: what it sets itself (attribute, style attribute or matched
 * stylesheet rule) over what it inherits. A new map only when something changes: most elements set no
 * paint, or a plain colour under no reference.
 */
export function paintOf(
  element: SvgElement,
  matched: readonly Declaration[],
  inherited: PaintReferences | undefined,
): PaintReferences | undefined {
  let paint = inherited;
  let copied = false;
  const set = (name: string, value: string): void => {
    if (!PAINT_PROPERTIES.has(name)) return;
    const ids: string[] = [];
    appendUrlIds(value, ids);
    if (ids.length === 0 && !paint?.has(name)) return;
    if (!copied) {
      paint = new Map(paint);
      copied = true;
    }
    const own = paint as Map<string, readonly string[]>;
    if (ids.length) own.set(name, ids);
    else own.delete(name);
  };
  for (const [name, value] of element.attrs) set(name, value);
  const style = element.attrs.get('style');
  // A style attribute matters here only with a reference in it, or references to override.
  if (style !== undefined && (paint !== undefined || style.indexOf('url(') >= 0)) {
    for (const declaration of parseDeclarations(style)) set(declaration.name, declaration.value);
  }
  for (const declaration of matched) set(declaration.name, declaration.value);
  return paint !== undefined && paint.size === 0 ? undefined : paint;
}

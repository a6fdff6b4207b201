import { parseDeclarations } from './css-declarations';
import type { SvgElement } from './tree';

/**
 * A property set on the element itself: its style attribute wins over the
 * presentation attribute, as in CSS. (Stylesheet rules are not resolved;
 * callers that depend on the result check for a stylesheet first.)
 */
export function ownProperty(element: SvgElement, name: string): string | undefined {
  const style = element.attrs.get('style');
  if (style !== undefined && style.indexOf(name) >= 0) {
    let found: string | undefined;
    for (const declaration of parseDeclarations(style))
      if (declaration.name === name) found = declaration.value;
    if (found !== undefined) return found;
  }
  const value = element.attrs.get(name);
  return value === undefined ? undefined : value.trim();
}

/** Whether a property is set on the element (by attribute or style). */
export function hasOwnProperty(element: SvgElement, name: string): boolean {
  return ownProperty(element, name) !== undefined;
}

/** Whether the document carries a <style> element (then computed styles are not known for sure). */
export function hasStylesheet(root: SvgElement): boolean {
  for (const child of root.children) {
    if (child.kind !== 'element') continue;
    if (child.name === 'style' || hasStylesheet(child)) return true;
  }
  return false;
}

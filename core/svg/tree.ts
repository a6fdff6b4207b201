/**
 * The document tree the pipeline works on: plain objects, no DOM.
 * Attribute maps keep the author's order so output diffs stay readable.
 */
export interface SvgElement {
  readonly kind: 'element';
  name: string;
  readonly attrs: Map<string, string>;
  children: SvgNode[];
}

interface SvgText {
  readonly kind: 'text';
  text: string;
  /** Came from a CDATA section (only kept inside <style>). */
  readonly cdata: boolean;
}

export type SvgNode = SvgElement | SvgText;

export function createElement(name: string, attrs = new Map<string, string>()): SvgElement {
  return { kind: 'element', name, attrs, children: [] };
}

/** The element children of a node, skipping text. */
export function childElements(element: SvgElement): SvgElement[] {
  const out: SvgElement[] = [];
  for (const child of element.children) if (child.kind === 'element') out.push(child);
  return out;
}

/** Counts the elements of a tree, the root included. */
export function countElements(element: SvgElement): number {
  let count = 1;
  for (const child of element.children) if (child.kind === 'element') count += countElements(child);
  return count;
}

/** Calls `visit` on every element in document order (the root first). */
export function forEachElement(element: SvgElement, visit: (element: SvgElement) => void): void {
  visit(element);
  for (const child of element.children) if (child.kind === 'element') forEachElement(child, visit);
}

/** Concatenated text content of an element's direct text children. */
export function textContent(element: SvgElement): string {
  let text = '';
  for (const child of element.children) if (child.kind === 'text') text += child.text;
  return text;
}

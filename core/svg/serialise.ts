import { SVG_NS, XLINK_NS } from './namespaces';
import type { SvgElement } from './tree';

const ATTRIBUTE_SPECIALS = /[&<>"]/;
const TEXT_SPECIALS = /[&<>]/;

function escape(text: string, specials: RegExp): string {
  if (!specials.test(text)) return text;
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/**
 * Writes the tree as compact XML: the SVG namespace (and XLink's when
 * used) declared on the root, empty elements self-closed, text escaped.
 * Parts are collected and joined once, so output time stays linear.
 */
export function serialise(root: SvgElement): string {
  const parts: string[] = [];
  write(root, parts, usesXlink(root) ? ` xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"` : ` xmlns="${SVG_NS}"`);
  return parts.join('');
}

function write(element: SvgElement, parts: string[], namespaces: string): void {
  let open = '<' + element.name + namespaces;
  for (const [name, value] of element.attrs)
    open += ' ' + name + '="' + escape(value, ATTRIBUTE_SPECIALS) + '"';
  if (element.children.length === 0) {
    parts.push(open + '/>');
    return;
  }
  parts.push(open + '>');
  for (const child of element.children) {
    if (child.kind === 'element') write(child, parts, '');
    else parts.push(escape(child.text, TEXT_SPECIALS));
  }
  parts.push('</' + element.name + '>');
}

function usesXlink(element: SvgElement): boolean {
  for (const name of element.attrs.keys()) if (name.startsWith('xlink:')) return true;
  for (const child of element.children) if (child.kind === 'element' && usesXlink(child)) return true;
  return false;
}

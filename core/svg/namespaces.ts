import type { SvgElement } from './tree';
import { localName, prefixOf } from './xml-names';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** In-scope namespace bindings: the default namespace and prefixes. */
export interface NamespaceScope {
  readonly defaultNs: string | undefined;
  readonly prefixes: ReadonlyMap<string, string>;
}

export const ROOT_SCOPE: NamespaceScope = { defaultNs: undefined, prefixes: new Map() };

/** The scope inside `element`, given its parent's (a new object only when it declares something). */
export function scopeOf(element: SvgElement, parent: NamespaceScope): NamespaceScope {
  let scope = parent;
  for (const [name, value] of element.attrs) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    if (scope === parent) scope = { defaultNs: parent.defaultNs, prefixes: new Map(parent.prefixes) };
    if (name === 'xmlns') scope = { defaultNs: value || undefined, prefixes: scope.prefixes };
    else (scope.prefixes as Map<string, string>).set(name.slice(6), value);
  }
  return scope;
}

/**
 * The SVG local name of an element, or undefined when it lives in another
 * namespace (Inkscape's sodipodi:*, XHTML in foreignObject, ...). An unbound
 * "svg:" prefix and a missing xmlns are tolerated: many exporters omit them.
 */
export function svgElementName(name: string, scope: NamespaceScope): string | undefined {
  const prefix = prefixOf(name);
  const ns = prefix ? scope.prefixes.get(prefix) : scope.defaultNs;
  if (ns === SVG_NS || (ns === undefined && (prefix === '' || prefix === 'svg'))) return localName(name);
  return undefined;
}

/** An attribute's name as the sanitiser sees it: "xlink:href" for any XLink prefix, undefined for declarations. */
export function svgAttributeName(name: string, scope: NamespaceScope): string | undefined {
  if (name === 'xmlns' || name.startsWith('xmlns:')) return undefined;
  const prefix = prefixOf(name);
  if (!prefix || prefix === 'xml') return name;
  const ns = scope.prefixes.get(prefix);
  if (ns === XLINK_NS || (ns === undefined && prefix === 'xlink')) return 'xlink:' + localName(name);
  return name; // another namespace: not on the allowlist, so dropped and counted
}

import type { SvgElement } from './tree';
import { localName, prefixOf } from './xml-names';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';

/**
 * In-scope namespace bindings: what an element declares, then its ancestors'. A chain rather than a
 * copied map, so an element declaring one prefix under thousands declared above costs one entry, not a
 * copy of them all (a lookup walks at most the nesting limit).
 */
export interface NamespaceScope {
  readonly defaultNs: string | undefined;
  readonly own: ReadonlyMap<string, string> | undefined;
  readonly parent: NamespaceScope | undefined;
}

export const ROOT_SCOPE: NamespaceScope = { defaultNs: undefined, own: undefined, parent: undefined };

/** The scope inside `element`, given its parent's (a new object only when it declares something). */
export function scopeOf(element: SvgElement, parent: NamespaceScope): NamespaceScope {
  let defaultNs = parent.defaultNs;
  let own: Map<string, string> | undefined;
  let declares = false;
  for (const [name, value] of element.attrs) {
    if (name === 'xmlns') {
      defaultNs = value || undefined;
      declares = true;
    } else if (name.startsWith('xmlns:')) {
      (own ??= new Map()).set(name.slice(6), value);
      declares = true;
    }
  }
  return declares ? { defaultNs, own, parent } : parent;
}

function prefixNs(scope: NamespaceScope, prefix: string): string | undefined {
  for (let at: NamespaceScope | undefined = scope; at; at = at.parent) {
    const ns = at.own?.get(prefix);
    if (ns !== undefined) return ns;
  }
  return undefined;
}

/**
 * The SVG local name of an element, or undefined when it lives in another
 * namespace (Inkscape's sodipodi:*, XHTML in foreignObject, ...). An unbound
 * "svg:" prefix and a missing xmlns are tolerated: many exporters omit them.
 */
export function svgElementName(name: string, scope: NamespaceScope): string | undefined {
  const prefix = prefixOf(name);
  const ns = prefix ? prefixNs(scope, prefix) : scope.defaultNs;
  if (ns === SVG_NS || (ns === undefined && (prefix === '' || prefix === 'svg'))) return localName(name);
  return undefined;
}

/** An attribute's name as the sanitiser sees it: "xlink:href" for any XLink prefix, undefined for declarations. */
export function svgAttributeName(name: string, scope: NamespaceScope): string | undefined {
  if (name === 'xmlns' || name.startsWith('xmlns:')) return undefined;
  const prefix = prefixOf(name);
  if (!prefix || prefix === 'xml') return name;
  const ns = prefixNs(scope, prefix);
  if (ns === XLINK_NS || (ns === undefined && prefix === 'xlink')) return 'xlink:' + localName(name);
  return name; // another namespace: not on the allowlist, so dropped and counted
}

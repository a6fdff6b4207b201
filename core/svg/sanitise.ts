import { ALLOWED_ELEMENTS, ALLOWED_PROPERTIES, HREF_ATTRIBUTES, isAllowedAttribute } from './allowlist';
import { parseDeclarations, serialiseDeclarations, type Declaration } from './css-declarations';
import { parseScopedSelectors } from './css-selectors';
import { parseStylesheet, serialiseStylesheet, type CssRule } from './css-stylesheet';
import { isInternalHref, isSafeValue } from './css-values';
import { SvgRejectedError } from './errors';
import { hasBadNumber } from './finite-numbers';
import { ROOT_SCOPE, scopeOf, svgAttributeName, svgElementName, type NamespaceScope } from './namespaces';
import { createElement, textContent, type SvgElement } from './tree';

/** Elements whose text is drawn. */
const TEXT_CONTENT = new Set(['text', 'tspan', 'textPath']);

/**
 * Counts of what was dropped. Keys: an element name ("script"), an
 * attribute as "@name" ("@onclick"), a CSS declaration or at-rule as
 * "css:name" ("css:@import"); "cdata" for CDATA outside <style>.
 */
export type RemovedCounts = Record<string, number>;

/**
 * Rebuilds the tree keeping only what draws (see allowlist.ts): unknown or
 * foreign elements go with their subtree, `a` becomes `g`, attributes and
 * CSS are filtered by name and by value (no URL leaving the document).
 */
export function sanitise(root: SvgElement, removed: RemovedCounts): SvgElement {
  if (svgElementName(root.name, scopeOf(root, ROOT_SCOPE)) !== 'svg') {
    throw new SvgRejectedError('not-svg', 'its root element is not in the SVG namespace');
  }
  const count = (key: string): void => {
    removed[key] = (removed[key] ?? 0) + 1;
  };
  return cleanElement(root, ROOT_SCOPE, count, false) ?? createElement('svg');
}

type Count = (key: string) => void;

function cleanElement(
  element: SvgElement,
  parentScope: NamespaceScope,
  count: Count,
  inText: boolean,
): SvgElement | undefined {
  const scope = scopeOf(element, parentScope);
  let name = svgElementName(element.name, scope);
  if (name === 'a') {
    count('a');
    name = inText ? 'tspan' : 'g'; // the link goes, what it wraps stays
  }
  if (name === undefined || !ALLOWED_ELEMENTS.has(name)) {
    count(name ?? element.name);
    return undefined;
  }
  const attrs = cleanAttributes(element, scope, count);
  if (svgElementName(element.name, scope) === 'a') dropLinkTarget(attrs, count);
  if (name === 'use' && !attrs.has('href') && !attrs.has('xlink:href')) {
    count('use');
    return undefined;
  }
  if (name === 'style') return cleanStyleElement(element, attrs, count);
  const clean = createElement(name, attrs);
  const keepsText = TEXT_CONTENT.has(name);
  for (const child of element.children) {
    if (child.kind === 'element') {
      const kept = cleanElement(child, scope, count, keepsText);
      if (kept) clean.children.push(kept);
    } else if (child.cdata) count('cdata');
    else if (keepsText) clean.children.push(child);
  }
  return clean;
}

/** Removes an unwrapped link's own target (it was the link, not a reference). */
function dropLinkTarget(attrs: Map<string, string>, count: Count): void {
  for (const name of ['href', 'xlink:href']) if (attrs.delete(name)) count('@' + name);
}

function cleanAttributes(element: SvgElement, scope: NamespaceScope, count: Count): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [raw, value] of element.attrs) {
    const name = svgAttributeName(raw, scope);
    if (name === undefined) continue; // a namespace declaration, rebuilt on output
    if (!isAllowedAttribute(name)) count('@' + name);
    else if (HREF_ATTRIBUTES.has(name)) {
      if (isInternalHref(value)) attrs.set(name, value.trim());
      else count('@' + name);
    } else if (name === 'style') {
      const style = serialiseDeclarations(cleanDeclarations(parseDeclarations(value), count));
      if (style) attrs.set(name, style);
    } else if (isSafeValue(value)) attrs.set(name, value);
    else count('@' + name);
  }
  return attrs;
}

/** "<" and ">" have no use in a drawing's CSS values, and could close the <style> or a CDATA section around them. */
const MARKUP = /[<>]/;

/** Keeps allowed properties with safe values; one with a bad number goes, as CSS drops an invalid declaration. */
function cleanDeclarations(declarations: readonly Declaration[], count: Count): Declaration[] {
  return declarations.filter(({ name, value }) => {
    const keep =
      ALLOWED_PROPERTIES.has(name) && isSafeValue(value) && !MARKUP.test(value) && !hasBadNumber(name, value);
    if (!keep) count('css:' + name);
    return keep;
  });
}

/** Sequences that end a <style> element, a CDATA section or a comment, wherever the sheet is pasted. */
const BREAKOUT = /<|\]\]>|-->/;

/**
 * Keeps a stylesheet's plain rules whose selectors can only match SVG elements (see css-selectors.ts)
 * and their safe declarations.
 */
function cleanStyleElement(
  element: SvgElement,
  attrs: Map<string, string>,
  count: Count,
): SvgElement | undefined {
  const type = attrs.get('type');
  if (type !== undefined && type.trim().toLowerCase() !== 'text/css') {
    count('style');
    return undefined;
  }
  const sheet = parseStylesheet(textContent(element));
  sheet.atRules.forEach((name) => count('css:' + name));
  const rules: CssRule[] = [];
  for (const rule of sheet.rules) {
    const selectors = parseScopedSelectors(rule.selector);
    if (selectors)
      rules.push({ selector: selectors.map((s) => s.text).join(','), declarations: rule.declarations });
    else count('css:selector');
  }
  for (const rule of rules) {
    const kept = cleanDeclarations(rule.declarations, count);
    rule.declarations.splice(0, rule.declarations.length, ...kept);
  }
  const css = serialiseStylesheet(rules);
  if (!css) return undefined;
  if (BREAKOUT.test(css)) {
    // Cannot happen with the checks above; if it ever did, the sheet goes rather than the page around it.
    count('style');
    return undefined;
  }
  const style = createElement('style', attrs);
  style.children.push({ kind: 'text', text: css, cdata: false });
  return style;
}

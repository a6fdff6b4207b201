import { parseColor } from '../color/parse-color';
import type { Rgba } from '../color/rgba';
import { parseDeclarations, serialiseDeclarations } from './css-declarations';
import { parseStylesheet, serialiseStylesheet } from './css-stylesheet';
import type { SvgElement } from './tree';

/** Properties whose value is a colour or a paint. */
const COLOR_PROPERTIES = new Set(['fill', 'stroke', 'stop-color', 'flood-color', 'lighting-color', 'color']);

/** Given a parsed colour and its text, returns a replacement or undefined to keep it. */
export type ColorVisitor = (color: Rgba, text: string) => string | undefined;

/**
 * Calls `visit` on every colour occurrence of the document: colour
 * attributes, style attributes and stylesheets, paint fallbacks after
 * url(#...). none, currentColor, url(#...) and keywords are left alone.
 * Parsing is cached per distinct text: art repeats a few colours over
 * thousands of shapes.
 */
export function visitColors(root: SvgElement, visit: ColorVisitor): void {
  const parsed = new Map<string, Rgba | null>();
  const parse = (text: string): Rgba | undefined => {
    let color = parsed.get(text);
    if (color === undefined) {
      color = parseColor(text) ?? null;
      parsed.set(text, color);
    }
    return color ?? undefined;
  };
  const mapValue = (value: string): string | undefined => mapPaint(value, parse, visit);
  forEachPainted(root, (element) => {
    for (const name of COLOR_PROPERTIES) {
      const value = element.attrs.get(name);
      const mapped = value === undefined ? undefined : mapValue(value);
      if (mapped !== undefined) element.attrs.set(name, mapped);
    }
    const style = element.attrs.get('style');
    if (style !== undefined) {
      const mapped = mapDeclarations(style, mapValue);
      if (mapped !== undefined) element.attrs.set('style', mapped);
    }
    if (element.name === 'style') mapStylesheet(element, mapValue);
  });
}

/** Every element except mask content: a mask's colours are its opacity (luminance), not paint. */
function forEachPainted(element: SvgElement, visit: (element: SvgElement) => void): void {
  if (element.name === 'mask') return;
  visit(element);
  for (const child of element.children) if (child.kind === 'element') forEachPainted(child, visit);
}

function mapPaint(
  value: string,
  parse: (text: string) => Rgba | undefined,
  visit: ColorVisitor,
): string | undefined {
  const trimmed = value.trim();
  if (trimmed.startsWith('url(')) {
    const close = trimmed.indexOf(')');
    const fallback = close < 0 ? '' : trimmed.slice(close + 1).trim();
    const color = fallback ? parse(fallback) : undefined;
    const mapped = color ? visit(color, fallback) : undefined;
    return mapped === undefined ? undefined : `${trimmed.slice(0, close + 1)} ${mapped}`;
  }
  const color = parse(trimmed);
  return color ? visit(color, trimmed) : undefined;
}

function mapDeclarations(text: string, mapValue: (value: string) => string | undefined): string | undefined {
  let changed = false;
  const declarations = parseDeclarations(text).map((declaration) => {
    if (!COLOR_PROPERTIES.has(declaration.name)) return declaration;
    const mapped = mapValue(declaration.value);
    if (mapped === undefined) return declaration;
    changed = true;
    return { ...declaration, value: mapped };
  });
  return changed ? serialiseDeclarations(declarations) : undefined;
}

function mapStylesheet(style: SvgElement, mapValue: (value: string) => string | undefined): void {
  for (const child of style.children) {
    if (child.kind !== 'text') continue;
    const sheet = parseStylesheet(child.text);
    for (const rule of sheet.rules) {
      const mapped = mapDeclarations(
        rule.declarations.length ? serialiseDeclarations(rule.declarations) : '',
        mapValue,
      );
      if (mapped !== undefined)
        rule.declarations.splice(0, rule.declarations.length, ...parseDeclarations(mapped));
    }
    child.text = serialiseStylesheet(sheet.rules);
  }
}

/**
 * Draws a node imported from SVG: its current children's markup recomposed
 * inside the source's <svg> frame, so a layer removed, recoloured or bound to
 * a document colour through the API shows as such.
 */
import { resolvedFill, type SceneFill, type SceneNode } from './node';

function svgMarkupOf(node: SceneNode): string | undefined {
  // A leaf outside any imported drawing (a host moved it out) carries markup drawn in its own box; drawn with a
  // margin (see leafMargin) so strokes past its bounds show.
  if (node.svg?.kind === 'leaf') {
    const m = leafMargin(node);
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
      ` width="${node.width + 2 * m}" height="${node.height + 2 * m}"` +
      ` viewBox="${-m} ${-m} ${node.width + 2 * m} ${node.height + 2 * m}">${drawnLeafMarkup(node)}</svg>`
    );
  }
  if (node.svg?.kind !== 'root') return undefined;
  const body = node.children.map(markupOf).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
    ` width="${node.width}" height="${node.height}" viewBox="${node.svg.viewBox}">` +
    `${node.svg.extras}${body}</svg>`
  );
}

/** How far a leaf drawn on its own is drawn past its bounds (its strokes straddle them). */
export function leafMargin(node: SceneNode): number {
  return node.svg?.kind === 'leaf' ? Math.max(node.width, node.height) / 2 : 0;
}

export function svgDataUrl(node: SceneNode): string | undefined {
  const markup = svgMarkupOf(node);
  return markup === undefined ? undefined : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
}

function markupOf(node: SceneNode): string {
  const part = node.svg;
  if (!part) return '';
  if (part.kind === 'group') return part.open + node.children.map(markupOf).join('') + part.close;
  if (part.kind === 'leaf') return drawnLeafMarkup(node);
  return '';
}

/** A leaf's markup as drawn now: its own, or recoloured where its paints were replaced or are bound. */
export function drawnLeafMarkup(node: SceneNode): string {
  if (node.svg?.kind !== 'leaf') return '';
  const fills = changed(node.fills, node.importedFills);
  const strokes = node.importedStrokes !== undefined && changed(node.strokes, node.importedStrokes);
  return fills || strokes ? recoloured(node, node.svg.markup, fills, strokes) : node.svg.markup;
}

/** Replaced since the import, or bound to a document colour (whose value may have changed). */
function changed(paints: readonly SceneFill[], imported: readonly SceneFill[] | undefined): boolean {
  return paints !== imported || paints.some((p) => p.binding);
}

/**
 * A leaf whose paints the plugin replaced is drawn with the new colours (or none): the element (a shape, or a
 * flattened leaf's group) takes them, and its descendants inherit them unless they paint nothing there. Paints
 * left as imported keep their markup (gradients included).
 */
function recoloured(node: SceneNode, markup: string, fills: boolean, strokes: boolean): string {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const el = doc.documentElement;
  if (fills) paint(el, 'fill', node.fills.map(resolvedFill));
  if (strokes) paint(el, 'stroke', node.strokes.map(resolvedFill));
  return new XMLSerializer().serializeToString(el);
}

function paint(el: Element, what: 'fill' | 'stroke', paints: readonly SceneFill[]): void {
  const solid = paints.find((f) => f.type === 'SOLID');
  const strip = (e: Element) => {
    const style = e.getAttribute('style');
    if (style)
      e.setAttribute('style', style.replace(new RegExp(`(^|;)\\s*${what}(-opacity)?\\s*:[^;]*`, 'g'), ''));
  };
  const none = new RegExp(`(^|;)\\s*${what}\\s*:\\s*none`);
  for (const child of el.querySelectorAll('*')) {
    if (child.getAttribute(what) === 'none' || none.test(child.getAttribute('style') ?? '')) continue;
    child.removeAttribute(what);
    child.removeAttribute(`${what}-opacity`);
    strip(child);
  }
  strip(el);
  el.setAttribute(what, solid?.color ?? 'none');
  if (solid?.opacity !== undefined) el.setAttribute(`${what}-opacity`, String(solid.opacity));
}

/**
 * Draws a node imported from SVG: its current children's markup recomposed
 * inside the source's <svg> frame, so a layer removed, recoloured or bound to
 * a document colour through the API shows as such.
 */
import { resolvedFill, type SceneFill, type SceneNode } from './node';

function svgMarkupOf(node: SceneNode): string | undefined {
  if (node.svg?.kind !== 'root') return undefined;
  const body = node.children.map(markupOf).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
    ` width="${node.width}" height="${node.height}" viewBox="${node.svg.viewBox}">` +
    `${node.svg.extras}${body}</svg>`
  );
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

/** A leaf's markup as drawn now: its own, or recoloured when its paints were replaced or are bound. */
export function drawnLeafMarkup(node: SceneNode): string {
  if (node.svg?.kind !== 'leaf') return '';
  const own =
    node.fills === node.importedFills &&
    (node.strokes === node.importedStrokes || node.importedStrokes === undefined) &&
    !node.fills.some((f) => f.binding) &&
    !node.strokes.some((f) => f.binding);
  return own ? node.svg.markup : recoloured(node, node.svg.markup);
}

/**
 * A leaf whose paints the plugin replaced is drawn with the new colours (or none): the element (a shape, or a
 * flattened leaf's group) takes them, and its descendants inherit them unless they paint nothing there.
 */
function recoloured(node: SceneNode, markup: string): string {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const el = doc.documentElement;
  paint(el, 'fill', node.fills.map(resolvedFill));
  if (node.importedStrokes !== undefined) paint(el, 'stroke', node.strokes.map(resolvedFill));
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

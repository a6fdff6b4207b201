/**
 * Draws a node imported from SVG: its current children's markup recomposed
 * inside the source's <svg> frame, so a layer removed or recoloured through
 * the API shows as such.
 */
import type { SceneNode } from './node';

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
  if (part.kind === 'leaf')
    return node.fills === node.importedFills ? part.markup : recoloured(node, part.markup);
  return '';
}

/** A leaf whose fills the plugin replaced is drawn with the new colour (or none). */
function recoloured(node: SceneNode, markup: string): string {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const el = doc.documentElement;
  const solid = node.fills.find((f) => f.type === 'SOLID');
  el.setAttribute('fill', solid?.color ?? 'none');
  if (solid?.opacity !== undefined) el.setAttribute('fill-opacity', String(solid.opacity));
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(/(^|;)\s*fill(-opacity)?\s*:[^;]*/g, ''));
  return new XMLSerializer().serializeToString(el);
}

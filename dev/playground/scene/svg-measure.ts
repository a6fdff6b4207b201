/**
 * Lays an (already sanitised) SVG out in a hidden <svg> of the page to read
 * where each element lands: the bounds an importer gives each layer.
 */

export interface Measure {
  readonly host: HTMLElement;
  readonly live: SVGSVGElement;
  box(path: number[]): DOMRect | undefined;
}

export function mountForMeasure(root: Element, size: { width: number; height: number }): Measure {
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:-99999px;top:0;visibility:hidden;pointer-events:none';
  const live = document.importNode(root, true) as unknown as SVGSVGElement;
  live.setAttribute('width', String(size.width));
  live.setAttribute('height', String(size.height));
  host.appendChild(live);
  document.body.appendChild(host);
  return {
    host,
    live,
    box(path) {
      let el: Element | undefined = live;
      for (const i of path) el = el?.children[i];
      if (!el || el === live) return undefined;
      const r = el.getBoundingClientRect();
      const origin = live.getBoundingClientRect();
      return new DOMRect(r.left - origin.left, r.top - origin.top, r.width, r.height);
    },
  };
}

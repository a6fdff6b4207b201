/** The element's own or inherited fill colour, as a host's importer reports it (hex, or none). */
export function fillOf(el: Element): { type: 'SOLID'; color: string }[] {
  return paintOf(el, 'fill') ?? [{ type: 'SOLID', color: '#000000' }];
}

/** The element's own or inherited stroke colour (SVG strokes nothing unless told). */
export function strokeOf(el: Element): { type: 'SOLID'; color: string }[] {
  return paintOf(el, 'stroke') ?? [];
}

function paintOf(el: Element, what: 'fill' | 'stroke'): { type: 'SOLID'; color: string }[] | undefined {
  const pattern = new RegExp(`(?:^|;)\\s*${what}\\s*:\\s*([^;]+)`);
  for (let e: Element | null = el; e && e.localName !== 'svg'; e = e.parentElement) {
    const style = pattern.exec(e.getAttribute('style') ?? '')?.[1];
    const value = (style ?? e.getAttribute(what))?.trim();
    if (value === undefined) continue;
    if (value === 'none' || value === 'transparent') return [];
    const hex = toHex(value);
    return hex ? [{ type: 'SOLID', color: hex }] : [];
  }
  return undefined;
}

function toHex(value: string): string | undefined {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(value);
  if (rgb)
    return (
      '#' +
      rgb
        .slice(1, 4)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')
    );
  return undefined;
}

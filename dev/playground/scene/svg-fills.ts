/** The element's own or inherited fill colour, as a host's importer reports it (hex, or none). */
export function fillOf(el: Element): { type: 'SOLID'; color: string }[] {
  for (let e: Element | null = el; e && e.localName !== 'svg'; e = e.parentElement) {
    const style = /(?:^|;)\s*fill\s*:\s*([^;]+)/.exec(e.getAttribute('style') ?? '')?.[1];
    const value = (style ?? e.getAttribute('fill'))?.trim();
    if (value === undefined) continue;
    if (value === 'none' || value === 'transparent') return [];
    const hex = toHex(value);
    return hex ? [{ type: 'SOLID', color: hex }] : [];
  }
  return [{ type: 'SOLID', color: '#000000' }];
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

/** The document's local paint styles: a small brand palette, as a design file would have. */
import { hexToRgb } from './paints';

export const BRAND_COLOURS = [
  { name: 'Brand/Ink', hex: '#1f2a44' },
  { name: 'Brand/Coral', hex: '#ff6b4a' },
  { name: 'Brand/Sun', hex: '#ffc23c' },
] as const;

export function localPaintStyles(): PaintStyle[] {
  return BRAND_COLOURS.map(
    ({ name, hex }, i) =>
      ({
        id: `S:brand${i + 1},`,
        type: 'PAINT',
        name,
        description: '',
        remote: false,
        key: `brand${i + 1}`,
        paints: Object.freeze([
          Object.freeze({
            type: 'SOLID',
            visible: true,
            opacity: 1,
            blendMode: 'NORMAL',
            color: hexToRgb(hex),
          }),
        ]),
      }) as unknown as PaintStyle,
  );
}

/** The document's local paint styles and colour variables: a small brand palette, as a design file would have. */
import { hexToRgb } from './paints';

const BRAND_COLOURS = [
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

/** One collection, two modes: only the default mode's value is the brand colour. */
const BRAND_COLLECTION = { id: 'VariableCollectionId:1:1', name: 'Brand', defaultModeId: '1:0' };
const BRAND_VARIABLE_COLOURS = [{ name: 'brand/teal', hex: '#14b8a6', darkHex: '#0f766e' }] as const;

export function localColorVariables(): Variable[] {
  return BRAND_VARIABLE_COLOURS.map(
    ({ name, hex, darkHex }, i) =>
      ({
        id: `VariableID:1:${i + 2}`,
        name,
        resolvedType: 'COLOR',
        variableCollectionId: BRAND_COLLECTION.id,
        valuesByMode: { '1:0': { ...hexToRgb(hex), a: 1 }, '1:1': { ...hexToRgb(darkHex), a: 1 } },
      }) as unknown as Variable,
  );
}

export function variableCollection(id: string): VariableCollection | null {
  return id === BRAND_COLLECTION.id ? (BRAND_COLLECTION as unknown as VariableCollection) : null;
}

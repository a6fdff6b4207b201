/**
 * The document's named colours: solid paint styles and colour variables (each
 * in its collection's default mode), for palette recolouring ("#rrggbb") and
 * as swatches a set's colour can be bound to.
 */
import type { Swatch } from '../../../core/color/swatch';

const hex2 = (unit: number) =>
  Math.round(Math.min(1, Math.max(0, unit)) * 255)
    .toString(16)
    .padStart(2, '0');

const toHex = (color: RGB) => `#${hex2(color.r)}${hex2(color.g)}${hex2(color.b)}`;

/** Paint styles first, then variables. */
export async function swatchesAsync(): Promise<Swatch[]> {
  const styles = await styleSwatchesAsync();
  // Variables are a newer API: a file or editor without them still has its styles.
  const variables = await variableSwatchesAsync().catch(() => []);
  return [...styles, ...variables];
}

async function styleSwatchesAsync(): Promise<Swatch[]> {
  const styles = await figma.getLocalPaintStylesAsync();
  return styles.flatMap((style) => {
    const solid = style.paints.find((p): p is SolidPaint => p.type === 'SOLID' && p.visible !== false);
    return solid ? [{ kind: 'style', id: style.id, name: style.name, hex: toHex(solid.color) } as const] : [];
  });
}

/** Aliases are skipped: they point at a colour that is listed in its own right. */
async function variableSwatchesAsync(): Promise<Swatch[]> {
  const variables = await figma.variables.getLocalVariablesAsync('COLOR');
  const defaultModes = new Map<string, string | undefined>();
  const swatches: Swatch[] = [];
  for (const variable of variables) {
    const collectionId = variable.variableCollectionId;
    if (!defaultModes.has(collectionId)) {
      const collection = await figma.variables.getVariableCollectionByIdAsync(collectionId);
      defaultModes.set(collectionId, collection?.defaultModeId);
    }
    const modeId = defaultModes.get(collectionId);
    const value = modeId === undefined ? undefined : variable.valuesByMode[modeId];
    if (isRgb(value))
      swatches.push({ kind: 'variable', id: variable.id, name: variable.name, hex: toHex(value) });
  }
  return swatches;
}

function isRgb(value: VariableValue | undefined): value is RGB {
  return typeof value === 'object' && value !== null && 'r' in value && 'g' in value && 'b' in value;
}

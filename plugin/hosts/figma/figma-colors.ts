/**
 * The document's brand colours for palette recolouring: solid paint styles
 * and colour variables (each in its collection's default mode), "#rrggbb".
 */
const hex2 = (unit: number) =>
  Math.round(Math.min(1, Math.max(0, unit)) * 255)
    .toString(16)
    .padStart(2, '0');

const toHex = (color: RGB) => `#${hex2(color.r)}${hex2(color.g)}${hex2(color.b)}`;

export async function documentColorsAsync(): Promise<string[]> {
  const colors = new Set<string>(await styleColorsAsync());
  // Variables are a newer API: a file or editor without them still has its styles.
  for (const color of await variableColorsAsync().catch(() => [])) colors.add(color);
  return [...colors];
}

async function styleColorsAsync(): Promise<string[]> {
  const styles = await figma.getLocalPaintStylesAsync();
  return styles.flatMap((style) => {
    const solid = style.paints.find((p): p is SolidPaint => p.type === 'SOLID' && p.visible !== false);
    return solid ? [toHex(solid.color)] : [];
  });
}

/** Aliases are skipped: they point at a colour that is listed in its own right. */
async function variableColorsAsync(): Promise<string[]> {
  const variables = await figma.variables.getLocalVariablesAsync('COLOR');
  const defaultModes = new Map<string, string | undefined>();
  const colors: string[] = [];
  for (const variable of variables) {
    const collectionId = variable.variableCollectionId;
    if (!defaultModes.has(collectionId)) {
      const collection = await figma.variables.getVariableCollectionByIdAsync(collectionId);
      defaultModes.set(collectionId, collection?.defaultModeId);
    }
    const modeId = defaultModes.get(collectionId);
    const value = modeId === undefined ? undefined : variable.valuesByMode[modeId];
    if (isRgb(value)) colors.push(toHex(value));
  }
  return colors;
}

function isRgb(value: VariableValue | undefined): value is RGB {
  return typeof value === 'object' && value !== null && 'r' in value && 'g' in value && 'b' in value;
}

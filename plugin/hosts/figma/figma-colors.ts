/** The document's solid colour styles, for palette recolouring of vectors. */
const hex2 = (unit: number) =>
  Math.round(Math.min(1, Math.max(0, unit)) * 255)
    .toString(16)
    .padStart(2, '0');

export async function documentColorsAsync(): Promise<string[]> {
  const styles = await figma.getLocalPaintStylesAsync();
  const colors = new Set<string>();
  for (const style of styles) {
    const solid = style.paints.find((p): p is SolidPaint => p.type === 'SOLID' && p.visible !== false);
    if (solid) colors.add(`#${hex2(solid.color.r)}${hex2(solid.color.g)}${hex2(solid.color.b)}`);
  }
  return [...colors];
}

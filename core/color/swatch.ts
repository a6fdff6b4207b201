/**
 * A colour the document names, which a set's fills and strokes can be bound
 * to (not copied): a Figma colour variable or paint style, a Penpot library
 * colour. Changing it later recolours every icon bound to it.
 */
export interface Swatch {
  readonly kind: 'variable' | 'style' | 'library';
  /** The host's own id (variable id, style id, library colour id). */
  readonly id: string;
  /** As the document names it ("Brand/Primary"). */
  readonly name: string;
  /** Its colour now, "#rrggbb" (for the UI's swatch and the SVG's recolouring before binding). */
  readonly hex: string;
}

/** The document's colours for palette recolouring: each swatch's colour once, in the swatches' order. */
export function paletteOfSwatches(swatches: readonly Swatch[]): string[] {
  return [...new Set(swatches.map((swatch) => swatch.hex))];
}

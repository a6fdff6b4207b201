/** An sRGB colour: channels 0..255 (may be fractional), alpha 0..1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

function hexByte(value: number): string {
  const byte = Math.max(0, Math.min(255, Math.round(value)));
  return (byte < 16 ? '0' : '') + byte.toString(16);
}

/** "#rrggbb" (lower case), alpha ignored. */
export function toHex(color: Rgba): string {
  return '#' + hexByte(color.r) + hexByte(color.g) + hexByte(color.b);
}

/** The colour from a 0xRRGGBB number. */
export function fromRgbNumber(value: number, a = 1): Rgba {
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255, a };
}

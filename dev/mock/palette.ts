/**
 * Colour palettes for the mock's artwork: one hue family per prompt with a
 * light background, a dark ink and a few accents, so results read like a
 * designed icon rather than noise.
 */
import type { Random } from './seed';

export type Rgb = readonly [number, number, number];

export interface Palette {
  readonly background: Rgb;
  readonly ink: Rgb;
  /** Three to four accent colours, distinct hues. */
  readonly accents: readonly Rgb[];
}

function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const h = (((hue % 360) + 360) % 360) / 360;
  const channel = (offset: number): number => {
    const k = (offset + h * 12) % 12;
    const a = saturation * Math.min(lightness, 1 - lightness);
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255);
  };
  return [channel(0), channel(8), channel(4)];
}

export function toHex(rgb: Rgb): string {
  return '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
}

/** Accent hues follow a harmony (analogous, triadic or complementary) chosen by the seed. */
export function paletteFor(random: Random): Palette {
  const base = random.range(0, 360);
  const harmony = random.pick([
    [0, 30, 60, 200],
    [0, 120, 240, 40],
    [0, 180, 20, 200],
    [0, 150, 210, 330],
  ]);
  const accents = harmony.map((offset, index) =>
    hslToRgb(base + offset, random.range(0.55, 0.85), index === 0 ? 0.5 : random.range(0.45, 0.65)),
  );
  return {
    background: hslToRgb(base + random.range(-20, 20), random.range(0.3, 0.6), random.range(0.9, 0.96)),
    ink: hslToRgb(base + 200, random.range(0.2, 0.45), random.range(0.14, 0.24)),
    accents,
  };
}

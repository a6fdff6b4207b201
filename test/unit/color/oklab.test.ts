import { describe, expect, it } from 'vitest';
import { nearestIndex, preparePalette } from '../../../core/color/nearest-color';
import { oklabDistanceSquared, srgbToOklab } from '../../../core/color/oklab';
import { parseColor } from '../../../core/color/parse-color';
import type { Rgba } from '../../../core/color/rgba';

const rgb = (text: string): Rgba => {
  const color = parseColor(text);
  if (!color) throw new Error(`not a colour: ${text}`);
  return color;
};

/** The palette colour ("#rrggbb") nearest to `color`, or undefined for an empty palette. */
const nearestColor = (color: Rgba, palette: readonly string[]): string | undefined => {
  const prepared = preparePalette(palette);
  return prepared.hex[nearestIndex(color, prepared)];
};

describe('srgbToOklab', () => {
  // Reference values from Björn Ottosson's OKLab post and the CSS Color 4 sample code.
  const known: [string, number, number, number][] = [
    ['#ffffff', 1, 0, 0],
    ['#000000', 0, 0, 0],
    ['#ff0000', 0.62796, 0.22486, 0.12585],
    ['#00ff00', 0.86644, -0.23389, 0.1795],
    ['#0000ff', 0.45201, -0.03246, -0.31153],
  ];
  it.each(known)('%s', (hex, L, a, b) => {
    const lab = srgbToOklab(rgb(hex));
    expect(lab.L).toBeCloseTo(L, 4);
    expect(lab.a).toBeCloseTo(a, 4);
    expect(lab.b).toBeCloseTo(b, 4);
  });

  it('puts a mid grey on the neutral axis, lighter than sRGB mid value suggests', () => {
    const lab = srgbToOklab(rgb('#808080'));
    expect(Math.abs(lab.a)).toBeLessThan(1e-6);
    expect(Math.abs(lab.b)).toBeLessThan(1e-6);
    expect(lab.L).toBeCloseTo(0.59987, 4);
  });

  it('measures distance symmetrically, zero for the same colour', () => {
    const x = srgbToOklab(rgb('orange'));
    const y = srgbToOklab(rgb('teal'));
    expect(oklabDistanceSquared(x, x)).toBe(0);
    expect(oklabDistanceSquared(x, y)).toBeCloseTo(oklabDistanceSquared(y, x), 12);
  });
});

describe('nearestColor', () => {
  const palette = ['#000000', '#ffffff', '#e63946', '#1d3557', '#2a9d8f'];

  it('maps colours to the perceptually nearest palette entry', () => {
    expect(nearestColor(rgb('#ff0000'), palette)).toBe('#e63946');
    expect(nearestColor(rgb('navy'), palette)).toBe('#1d3557');
    expect(nearestColor(rgb('#20b2aa'), palette)).toBe('#2a9d8f');
    expect(nearestColor(rgb('#f0f0f0'), palette)).toBe('#ffffff');
    expect(nearestColor(rgb('#050505'), palette)).toBe('#000000');
  });

  it('returns a palette colour itself unchanged', () => {
    for (const hex of palette) expect(nearestColor(rgb(hex), palette)).toBe(hex);
  });

  it('weighs lightness as people do, unlike RGB distance', () => {
    // Pure yellow is nearly as light as white: OKLab picks white, raw RGB distance picks olive.
    const rgbDistance = (a: Rgba, b: Rgba) => (a.r - b.r) ** 2 + (a.g - b.g) ** 2 + (a.b - b.b) ** 2;
    const yellow = rgb('#ffff00');
    expect(rgbDistance(yellow, rgb('#808000'))).toBeLessThan(rgbDistance(yellow, rgb('#ffffff')));
    expect(nearestColor(yellow, ['#808000', '#ffffff'])).toBe('#ffffff');
  });

  it('skips palette entries that are not colours, and matches nothing when empty', () => {
    expect(preparePalette(['#fff', 'nope', 'rgb(0,0,0)']).hex).toEqual(['#ffffff', '#000000']);
    expect(nearestColor(rgb('red'), [])).toBeUndefined();
    expect(nearestIndex(rgb('red'), preparePalette([]))).toBe(-1);
  });
});

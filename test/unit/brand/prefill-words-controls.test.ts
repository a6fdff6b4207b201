import { describe, expect, it } from 'vitest';
import { isRecraftControls } from '../../../core/api/recraft-controls';
import { brandControls } from '../../../core/brand/controls';
import { colourName, paletteWords, promptWithPalette } from '../../../core/brand/palette-words';
import { paletteFromSwatches, prefillBrandKit } from '../../../core/brand/prefill';
import { validateBrandKit } from '../../../core/brand/validate';
import type { Swatch } from '../../../core/color/swatch';
import { KIT } from './fixtures';

const swatch = (name: string, hex: string): Swatch => ({ kind: 'variable', id: `id-${name}`, name, hex });

describe('a kit prefilled from the document', () => {
  it("takes the document's colours in order, each once, with roles in order", () => {
    const palette = paletteFromSwatches([
      swatch('Brand/Primary', '#4F46E5'),
      swatch('Brand/Primary copy', '#4f46e5'),
      swatch('Brand/Accent', 'f59e0b'),
      swatch('Broken', 'var(--x)'),
      swatch('Paper', '#fff'),
    ]);
    expect(palette).toEqual([
      { role: 'primary', hex: '#4f46e5' },
      { role: 'secondary', hex: '#f59e0b' },
      { role: 'accent', hex: '#ffffff' },
    ]);
  });

  it('keeps at most eight, and gives a valid kit with or without colours', () => {
    const many = Array.from({ length: 12 }, (_, i) => swatch(`c${i}`, `#0000${(i + 16).toString(16)}`));
    const kit = prefillBrandKit(many);
    expect(kit.palette).toHaveLength(8);
    expect(kit.palette.map((c) => c.role)).toEqual([
      'primary',
      'secondary',
      'accent',
      'background',
      'text',
      'highlight',
      'muted',
      'border',
    ]);
    expect(kit.icon).toEqual({ size: 24, padding: 2, colourMode: 'palette' });
    expect(validateBrandKit(kit)).toBeUndefined();
    const empty = prefillBrandKit([]);
    expect(empty.palette).toEqual([]);
    expect(empty.icon.colourMode).toBe('keep');
    expect(validateBrandKit(empty)).toBeUndefined();
  });
});

describe('the palette in words', () => {
  it('names each colour by the nearest CSS colour, hex beside it', () => {
    expect(colourName('#ff0000')).toBe('red');
    expect(colourName('#4b0082')).toBe('indigo');
    expect(colourName('#fe0101')).toBe('red');
    expect(colourName('#808080')).toBe('gray');
    expect(colourName('not a colour')).toBeUndefined();
    expect(
      paletteWords([
        { role: 'a', hex: '#ff0000' },
        { role: 'b', hex: '#4B0082' },
      ]),
    ).toBe('colour palette: red #ff0000, indigo #4b0082');
  });

  it('is nothing for an empty palette, and skips what is not a colour', () => {
    expect(paletteWords([])).toBe('');
    expect(paletteWords([{ role: 'x', hex: 'nope' }])).toBe('');
    expect(promptWithPalette(' a fox ', [])).toBe('a fox');
  });

  it('follows the prompt', () => {
    const prompt = promptWithPalette('a fox icon', KIT.palette);
    expect(prompt).toMatch(/^a fox icon, colour palette: \w+ #4f46e5, \w+ #f59e0b, white #ffffff$/);
  });
});

describe('brand colours for the model', () => {
  it('sends the background role as background_color and the others as colors', () => {
    expect(brandControls(KIT)).toEqual({
      colors: [{ rgb: [79, 70, 229] }, { rgb: [245, 158, 11] }],
      background_color: { rgb: [255, 255, 255] },
    });
  });

  it('sends at most five colours, the first five in the kit', () => {
    const palette = Array.from({ length: 8 }, (_, i) => ({ role: `r${i}`, hex: `#0${i}0000` }));
    const controls = brandControls({ palette });
    expect(controls?.colors).toHaveLength(5);
    expect(controls?.colors?.map((c) => c.rgb[0])).toEqual([0, 1, 2, 3, 4]);
    expect(controls).not.toHaveProperty('background_color');
    expect(isRecraftControls(controls)).toBe(true);
  });

  it('is nothing for a kit without colours, and a background alone is enough', () => {
    expect(brandControls({ palette: [] })).toBeUndefined();
    expect(brandControls({ palette: [{ role: 'x', hex: 'nope' }] })).toBeUndefined();
    expect(brandControls({ palette: [{ role: ' Background ', hex: '#000' }] })).toEqual({
      background_color: { rgb: [0, 0, 0] },
    });
  });
});

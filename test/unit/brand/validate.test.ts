import { describe, expect, it } from 'vitest';
import { isBrandKit } from '../../../core/brand/brand-checks';
import { validateBrandKit } from '../../../core/brand/validate';
import { KIT, kitWith } from './fixtures';

const colours = (n: number) => Array.from({ length: n }, (_, i) => ({ role: `role ${i}`, hex: '#101010' }));

describe('a brand kit, checked', () => {
  it('passes as it is, with an empty palette, and with eight colours', () => {
    expect(validateBrandKit(KIT)).toBeUndefined();
    expect(validateBrandKit(kitWith({ palette: [] }))).toBeUndefined();
    expect(validateBrandKit(kitWith({ palette: colours(8) }))).toBeUndefined();
  });

  it('names what is wrong, first in the form order', () => {
    const cases: [Partial<typeof KIT>, RegExp][] = [
      [{ palette: colours(9) }, /at most 8 colours \(this one has 9\)/],
      [{ palette: [{ role: ' ', hex: '#000000' }] }, /Colour 1 of the brand kit needs a role name/],
      [{ palette: [{ role: 'x'.repeat(41), hex: '#000000' }] }, /role name of colour 1 is too long/],
      [
        {
          palette: [
            { role: 'Primary', hex: '#000000' },
            { role: 'primary ', hex: '#111111' },
          ],
        },
        /Two colours of the brand kit have the role "primary"/,
      ],
      [
        { palette: [{ role: 'accent', hex: 'indigo' }] },
        /Colour 1 \("accent"\) of the brand kit is not a hex colour/,
      ],
      [{ styleWords: 'w'.repeat(501) }, /style words are too long \(501 characters; at most 500\)/],
      [{ icon: { size: 24, padding: 12, colourMode: 'keep' } }, /padding/i],
      [{ prefix: ' / ' }, /prefix/i],
      [
        { vectorModel: 'recraft-v4-text-to-image' },
        /preferred vector model must be one that makes vector images/,
      ],
      [
        { rasterModel: 'recraft-v4-pro-text-to-vector' },
        /preferred raster model must be one that makes raster images/,
      ],
      [{ palette: colours(9), prefix: '' }, /at most 8 colours/],
    ];
    for (const [over, message] of cases) {
      const error = validateBrandKit(kitWith(over));
      expect(error?.message, JSON.stringify(over)).toMatch(message);
      expect(error?.code).toBe('bad-request');
    }
  });

  it('passes the structural check for what the document or a message holds, and refuses other shapes', () => {
    expect(isBrandKit(KIT)).toBe(true);
    for (const bad of [
      null,
      [],
      { ...KIT, version: 2 },
      { ...KIT, palette: [{ role: 1, hex: '#000' }] },
      { ...KIT, icon: { size: 25, padding: 2, colourMode: 'keep' } },
      { ...KIT, icon: { ...KIT.icon, colourMode: 'rainbow' } },
      { ...KIT, vectorModel: 'dall-e' },
      { ...KIT, styleWords: undefined },
    ]) {
      expect(isBrandKit(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { namedColor, namedColorCount } from '../../../core/color/named-colors';
import { parseColor } from '../../../core/color/parse-color';
import { toHex } from '../../../core/color/rgba';

const hexOf = (text: string): string | undefined => {
  const color = parseColor(text);
  return color && toHex(color);
};

describe('parseColor', () => {
  it('reads hex in all four lengths', () => {
    expect(hexOf('#abc')).toBe('#aabbcc');
    expect(hexOf('#ABCDEF')).toBe('#abcdef');
    expect(parseColor('#abcd')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc, a: 0xdd / 255 });
    expect(parseColor('#11223380')?.a).toBeCloseTo(128 / 255, 6);
    expect(parseColor('#12')).toBeUndefined();
    expect(parseColor('#ggg')).toBeUndefined();
  });

  it('reads rgb() and rgba() in comma and space syntax, with percentages', () => {
    expect(parseColor('rgb(255, 0, 10)')).toEqual({ r: 255, g: 0, b: 10, a: 1 });
    expect(parseColor('rgba(0,0,0,.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgb(0 128 255 / 25%)')).toEqual({ r: 0, g: 128, b: 255, a: 0.25 });
    expect(hexOf('rgb(100%, 50%, 0%)')).toBe('#ff8000');
    expect(parseColor('RGB( 300, -5, 0 )')).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(parseColor('rgb(1, 2)')).toBeUndefined();
    expect(parseColor('rgb(1 2 3 4 5)')).toBeUndefined();
    expect(parseColor('rgb(a, b, c)')).toBeUndefined();
  });

  it('reads hsl() and hsla() with hue units', () => {
    expect(hexOf('hsl(0, 100%, 50%)')).toBe('#ff0000');
    expect(hexOf('hsl(120deg 100% 25%)')).toBe('#008000');
    expect(hexOf('hsl(0.5turn, 100%, 50%)')).toBe('#00ffff');
    expect(hexOf('hsl(-120, 100%, 50%)')).toBe('#0000ff');
    expect(hexOf('hsl(0, 0%, 100%)')).toBe('#ffffff');
    expect(parseColor('hsla(240, 100%, 50%, 0.3)')?.a).toBe(0.3);
    expect(parseColor('hsl(10qux, 1%, 1%)')).toBeUndefined();
  });

  it('knows the 148 named colours and transparent', () => {
    expect(namedColorCount()).toBe(148);
    expect(hexOf('rebeccapurple')).toBe('#663399');
    expect(hexOf('  SteelBlue ')).toBe('#4682b4');
    expect(namedColor('grey')).toBe(namedColor('gray'));
    expect(parseColor('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  });

  it('leaves paints that are not colours alone', () => {
    for (const text of ['none', 'currentColor', 'url(#g)', 'inherit', '', 'notacolour', 'var(--x)']) {
      expect(parseColor(text)).toBeUndefined();
    }
  });
});

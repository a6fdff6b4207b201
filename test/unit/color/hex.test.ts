import { describe, expect, it } from 'vitest';
import { normaliseHex, parseHex } from '../../../core/color/hex';

describe('normaliseHex', () => {
  it('takes #rgb and #rrggbb in any case and keeps lower-case #rrggbb', () => {
    expect(normaliseHex('#abc')).toBe('#aabbcc');
    expect(normaliseHex('#ABC')).toBe('#aabbcc');
    expect(normaliseHex('#1E88E5')).toBe('#1e88e5');
    expect(normaliseHex(' #1e88e5 ')).toBe('#1e88e5');
  });

  it('takes the digits without "#", as a palette is often typed', () => {
    expect(normaliseHex('1E88E5')).toBe('#1e88e5');
    expect(normaliseHex('fff')).toBe('#ffffff');
  });

  it('refuses other lengths (alpha too), other characters and anything not a string', () => {
    for (const bad of [
      '#12',
      '#1234',
      '#12345',
      '#1234567',
      '#12345678',
      '#gggggg',
      'red',
      '#',
      '',
      '##abc',
    ]) {
      expect(normaliseHex(bad), bad).toBeUndefined();
    }
    for (const bad of [undefined, null, 0xabcdef, ['#abc']]) expect(normaliseHex(bad)).toBeUndefined();
  });
});

describe('parseHex', () => {
  it('reads the four CSS lengths, any case', () => {
    expect(parseHex('#abc')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc, a: 1 });
    expect(parseHex('#ABCDEF')).toEqual({ r: 0xab, g: 0xcd, b: 0xef, a: 1 });
    expect(parseHex('#abcd')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc, a: 0xdd / 255 });
    expect(parseHex('#11223380')?.a).toBeCloseTo(128 / 255, 6);
  });

  it('needs the "#" and refuses other lengths or characters', () => {
    for (const bad of ['abc', '#12', '#12345', '#ggg', `#${'a'.repeat(10_000)}`]) {
      expect(parseHex(bad), bad.slice(0, 12)).toBeUndefined();
    }
  });
});

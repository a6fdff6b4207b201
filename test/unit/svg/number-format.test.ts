import { describe, expect, it } from 'vitest';
import { decimalsFor, shortNumber } from '../../../core/svg/number-format';
import { parsePathData } from '../../../core/svg/path-data';
import { formatPathData } from '../../../core/svg/path-format';

describe('number text', () => {
  it('writes rounded numbers short and exact', () => {
    const cases: [number, number, string][] = [
      [0, 2, '0'],
      [-0.0001, 2, '0'],
      [0.05, 2, '.05'],
      [-0.05, 2, '-.05'],
      [1.005, 3, '1.005'],
      [12.5, 1, '12.5'],
      [-12.04, 1, '-12'],
      [1234.5678, 0, '1235'],
      [100, 3, '100'],
      [0.000001, 6, '.000001'],
      [2047.99999, 2, '2048'],
    ];
    for (const [value, decimals, text] of cases)
      expect(shortNumber(value, decimals), `${value}@${decimals}`).toBe(text);
    expect(shortNumber(-1.05, 3)).toBe('-1.05');
    expect(shortNumber(0.1 + 0.2)).toBe('.30000000000000004');
  });

  it('writes the same numbers inside path data', () => {
    const d = 'M0.05 -0.05L1.005 12.5 -12.04 1234.5678 100 0.000001';
    for (const decimals of [0, 1, 2, 3, 6]) {
      const text = formatPathData(parsePathData(d), decimals);
      const back = parsePathData(text).nums;
      parsePathData(d).nums.forEach((value, i) => {
        expect(Math.abs((back[i] ?? NaN) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
      });
    }
    expect(formatPathData(parsePathData(d), 2)).toBe('M.05-.05 1 12.5-12.04 1234.57 100 0');
  });

  it('separates arc flags and keeps them exact', () => {
    expect(formatPathData(parsePathData('M0 0a5.123 5 30.5 1 0 -10.55 .25'), 1)).toBe(
      'M0 0a5.1 5 30.5 1 0-10.5.3',
    );
  });

  it('picks decimals from the step size', () => {
    expect(decimalsFor(2048 / 10_000)).toBe(1);
    expect(decimalsFor(24 / 10_000)).toBe(3);
    expect(decimalsFor(50)).toBe(0);
    expect(decimalsFor(1e-12)).toBe(8);
    expect(decimalsFor(0)).toBeUndefined();
    expect(decimalsFor(Infinity)).toBeUndefined();
  });
});

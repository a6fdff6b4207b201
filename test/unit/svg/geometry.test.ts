import { describe, expect, it } from 'vitest';
import { emptyBox, type Box } from '../../../core/svg/box';
import { drawingBounds } from '../../../core/svg/drawing-bounds';
import { IDENTITY, parseTransform, type Matrix } from '../../../core/svg/matrix';
import { pathBounds } from '../../../core/svg/path-bounds';
import { parsePathData } from '../../../core/svg/path-data';
import { utf8Length } from '../../../core/bytes/utf8';
import { reparse } from './fixtures/inspect';

const VIEW = { x: 0, y: 0, width: 100, height: 100 };
const expectBox = (box: Box, [minX, minY, maxX, maxY]: number[], digits = 6): void => {
  expect(box.minX).toBeCloseTo(minX ?? NaN, digits);
  expect(box.minY).toBeCloseTo(minY ?? NaN, digits);
  expect(box.maxX).toBeCloseTo(maxX ?? NaN, digits);
  expect(box.maxY).toBeCloseTo(maxY ?? NaN, digits);
};
const apply = (m: Matrix, x: number, y: number): number[] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];
const bounds = (body: string): Box =>
  drawingBounds(reparse(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${body}</svg>`), VIEW);

describe('transforms', () => {
  it('parses every transform function and composes left to right', () => {
    expect(parseTransform('translate(10)')).toEqual([1, 0, 0, 1, 10, 0]);
    expect(parseTransform('scale(2, 3)')).toEqual([2, 0, 0, 3, 0, 0]);
    expect(parseTransform('matrix(1 2 3 4 5 6)')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(apply(parseTransform('translate(10 20) scale(2)')!, 1, 1)).toEqual([12, 22]);
    const rotated = apply(parseTransform('rotate(90 50 50)')!, 100, 50);
    expect(rotated[0]).toBeCloseTo(50, 9);
    expect(rotated[1]).toBeCloseTo(100, 9);
    expect(apply(parseTransform('skewX(45)')!, 0, 10)[0]).toBeCloseTo(10, 9);
    expect(parseTransform(' translate(1,2),scale(3) ')).toEqual([3, 0, 0, 3, 1, 2]);
  });

  it('refuses invalid transform lists (browsers then ignore them)', () => {
    for (const text of [
      'translate(1 2 3)',
      'rotate(1 2)',
      'scale()',
      'matrix(1 2 3)',
      'shear(1)',
      'translate(1) junk',
      'translate(a)',
    ]) {
      expect(parseTransform(text), text).toBeUndefined();
    }
  });
});

describe('path bounds', () => {
  it('finds curve extremes, not control points', () => {
    expectBox(pathBounds(parsePathData('M0 0C0 100 100 100 100 0'), IDENTITY), [0, 0, 100, 75]);
    expectBox(pathBounds(parsePathData('M0 0Q50 100 100 0'), IDENTITY), [0, 0, 100, 50]);
  });

  it('measures arcs exactly enough (a circle of radius 10)', () => {
    expectBox(
      pathBounds(parsePathData('M40 50a10 10 0 1 0 20 0a10 10 0 1 0-20 0z'), IDENTITY),
      [40, 40, 60, 60],
      3,
    );
  });

  it('measures shorthand and relative commands', () => {
    expectBox(pathBounds(parsePathData('m10 10h20v20h-20zM0 0'), IDENTITY), [10, 10, 30, 30]);
    expectBox(pathBounds(parsePathData('M0 0C0 10 10 10 10 0S20 -10 20 0'), IDENTITY), [0, -7.5, 20, 7.5]);
    expectBox(pathBounds(parsePathData('M0 0Q5 10 10 0T20 0'), IDENTITY), [0, -5, 20, 5]);
  });

  it('transforms before measuring (a rotated square grows)', () => {
    const box = pathBounds(parsePathData('M-10-10H10V10H-10Z'), parseTransform('rotate(45)')!, emptyBox());
    expectBox(box, [-Math.SQRT2 * 10, -Math.SQRT2 * 10, Math.SQRT2 * 10, Math.SQRT2 * 10]);
  });
});

describe('drawing bounds', () => {
  it('unites shapes under their transforms and widens strokes', () => {
    expectBox(
      bounds(
        '<g transform="translate(10 10)"><rect width="10" height="10"/><circle cx="50" cy="50" r="5" transform="scale(.5)"/></g>',
      ),
      [10, 10, 37.5, 37.5],
    );
    expectBox(
      bounds('<line x1="10" y1="10" x2="20" y2="10" stroke="red" stroke-width="4"/>'),
      [8, 8, 22, 12],
    );
    expectBox(
      bounds(
        '<g stroke="red" stroke-width="2"><rect x="10" y="10" width="10" height="10" stroke="none"/></g>',
      ),
      [10, 10, 20, 20],
    );
  });

  it('counts definitions only where used, ignores hidden shapes', () => {
    expectBox(
      bounds(
        '<defs><rect id="r" width="5" height="5"/></defs><use href="#r" x="20" y="30"/><rect width="99" height="99" display="none"/>',
      ),
      [20, 30, 25, 35],
    );
    expectBox(
      bounds(
        '<symbol id="s" viewBox="0 0 10 10"><rect width="10" height="10"/></symbol><use href="#s" x="10" y="10" width="20" height="20"/>',
      ),
      [10, 10, 30, 30],
    );
    expectBox(
      bounds(
        '<svg x="50" y="50" width="10" height="10" viewBox="0 0 100 100"><rect width="100" height="50"/></svg>',
      ),
      [50, 50, 60, 55],
    );
  });

  it('cuts shapes down to their clip path', () => {
    expectBox(
      bounds(
        '<clipPath id="c"><rect x="10" y="10" width="20" height="20"/></clipPath><g clip-path="url(#c)"><rect width="100" height="100"/></g>',
      ),
      [10, 10, 30, 30],
    );
  });
});

describe('utf8Length', () => {
  it('counts UTF-8 bytes like an encoder would', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\ud800x')).toBe(4); // a lone surrogate becomes U+FFFD
    const sample = 'aé€😀 <svg/>';
    expect(utf8Length(sample)).toBe(Buffer.byteLength(sample, 'utf8'));
  });
});

import { describe, expect, it } from 'vitest';
import { cleanSvg } from '../../../core/svg/clean-svg';
import { parsePathData } from '../../../core/svg/path-data';
import { formatPathData } from '../../../core/svg/path-format';
import { makeIllustration } from './fixtures/art';
import { absolutePoints } from './fixtures/absolute-points';
import { elements, shapeCount } from './fixtures/inspect';

const svg = (body: string, view = '0 0 100 100'): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view}">${body}</svg>`;
const simplified = (body: string, view?: string): string => cleanSvg(svg(body, view), { simplify: true }).svg;
const pathsOf = (text: string): string[] => elements(text, ['path']).map((path) => path.attrs.get('d') ?? '');

function maxDeviation(a: number[], b: number[]): number {
  expect(b.length).toBe(a.length);
  return a.reduce((max, value, i) => Math.max(max, Math.abs(value - (b[i] ?? NaN))), 0);
}

describe('path data', () => {
  it('parses implicit repeats, compact numbers and compact arc flags', () => {
    const data = parsePathData('M.5.5 1e1-2L3,4 5 6a1 1 0 011 1z');
    expect(String.fromCharCode(...data.codes)).toBe('MLLLaz');
    expect(data.nums).toEqual([0.5, 0.5, 10, -2, 3, 4, 5, 6, 1, 1, 0, 0, 1, 1, 1]);
    expect(data.complete).toBe(true);
  });

  it('keeps the segments before an error, as renderers draw them', () => {
    const data = parsePathData('M0 0L10 10L20');
    expect(String.fromCharCode(...data.codes)).toBe('ML');
    expect(data.complete).toBe(false);
    expect(parsePathData('L0 0').codes).toEqual([]);
  });

  it('writes exact data back losslessly and compactly', () => {
    const d = 'M 10.5 -0.25 L 20 30 L 40 50 C 1 2 3 4 5 6 c -0.5 0.5 1e-7 2 3 4 Z m 1 1 h 2 v -3 z';
    const text = formatPathData(parsePathData(d));
    expect(text).toBe('M10.5-.25 20 30 40 50C1 2 3 4 5 6c-.5.5 1e-7 2 3 4Zm1 1h2v-3z');
    expect(parsePathData(text)).toEqual(parsePathData(d));
  });

  it('rounds relative steps against the rounded position: no drift over a long run', () => {
    const d = 'M0 0' + 'l.333 .333'.repeat(3000);
    const rounded = formatPathData(parsePathData(d), 1);
    const exact = absolutePoints(d);
    const after = absolutePoints(rounded);
    expect(maxDeviation(exact, after)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(after[after.length - 1]).toBeCloseTo(999, 6);
  });
});

describe('simplify', () => {
  it('keeps every point of a 1200-path illustration within half a rounding step', () => {
    const art = makeIllustration({ paths: 1200, seed: 11 });
    const plain = pathsOf(cleanSvg(art).svg).flatMap(absolutePoints);
    const result = cleanSvg(art, { simplify: true });
    // Paths are merged only when apart, in order, so the point sequence must line up one to one.
    expect(maxDeviation(plain, pathsOf(result.svg).flatMap(absolutePoints))).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(shapeCount(result.svg)).toBe(shapeCount(art));
  });

  it('keeps more decimals where a transform magnifies', () => {
    const out = simplified('<g transform="scale(100)"><path d="M0.12345 0.5L0.98765 0.25"/></g>');
    expect(pathsOf(out)).toEqual(['M.1235.5.9877.25']);
  });

  it('leaves definitions exact (they may be drawn in other units)', () => {
    const out = simplified(
      '<defs><clipPath id="c" clipPathUnits="objectBoundingBox"><path d="M0.12345 0.1L0.9 0.9"/></clipPath></defs><rect width="50" height="50" clip-path="url(#c)"/>',
    );
    expect(pathsOf(out)).toEqual(['M.12345.1.9.9']);
  });

  it('leaves path data with an error exactly as written', () => {
    expect(pathsOf(simplified('<path d="M 0.123456 0 L 10 10 L 20"/>'))).toEqual([
      'M 0.123456 0 L 10 10 L 20',
    ]);
  });

  it('merges apart sibling paths of the same look, converting a leading relative moveto', () => {
    const out = simplified('<path fill="red" d="M0 0h10v10H0z"/><path fill="red" d="m50 50h10v10h-10z"/>');
    expect(pathsOf(out)).toEqual(['M0 0h10v10H0zM50 50h10v10h-10z']);
  });

  it('does not merge paths that touch, overlap (strokes included), differ or carry an id or a box-relative paint', () => {
    const cases = [
      '<path fill="red" d="M0 0h10v10H0z"/><path fill="red" d="M5 5h10v10H5z"/>',
      '<path fill="red" d="M0 0h10v10H0z"/><path fill="red" d="M10 0h10v10H10z"/>',
      '<path fill="red" d="M0 0h10v10H0z"/><path fill="blue" d="M50 50h10v10H50z"/>',
      '<path fill="red" stroke="red" stroke-width="12" d="M0 0h10v10H0z"/><path fill="red" stroke="red" stroke-width="12" d="M50 50h10v10H50z"/>',
      '<g stroke="black" stroke-width="12"><path fill="red" d="M0 0h10v10H0z"/><path fill="red" d="M50 50h10v10H50z"/></g>',
      '<svg stroke="black" stroke-width="12" viewBox="0 0 100 100"><path fill="red" d="M0 0h10v10H0z"/><path fill="red" d="M50 50h10v10H50z"/></svg>',
      '<path fill="red" stroke="red" stroke-dasharray="2" d="M0 0h10v10H0z"/><path fill="red" stroke="red" stroke-dasharray="2" d="M50 50h10v10H50z"/>',
      '<path fill="red" stroke="red" stroke-width="1em" d="M0 0h10v10H0z"/><path fill="red" stroke="red" stroke-width="1em" d="M50 50h10v10H50z"/>',
      '<path fill="red" vector-effect="non-scaling-stroke" stroke="red" d="M0 0h10v10H0z"/><path fill="red" vector-effect="non-scaling-stroke" stroke="red" d="M50 50h10v10H50z"/>',
      '<path id="a" fill="red" d="M0 0h10v10H0z"/><path id="b" fill="red" d="M50 50h10v10H50z"/>',
      '<path fill="url(#g)" d="M0 0h10v10H0z"/><path fill="url(#g)" d="M50 50h10v10H50z"/>',
    ];
    for (const body of cases) expect(pathsOf(simplified(body)), body).toHaveLength(2);
    const strokedRoot = cleanSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" stroke="black" stroke-width="12"><path fill="red" d="M0 0h10v10H0z"/><path fill="red" d="M50 50h10v10H50z"/></svg>',
      { simplify: true },
    ).svg;
    expect(pathsOf(strokedRoot)).toHaveLength(2);
  });

  it('merges apart paths with a stroke, the stroke’s reach included', () => {
    const out = simplified(
      '<path fill="red" stroke="blue" stroke-width="4" d="M0 0h10v10H0z"/><path fill="red" stroke="blue" stroke-width="4" d="M50 50h10v10H50z"/>',
    );
    expect(pathsOf(out)).toEqual(['M0 0h10v10H0zM50 50h10v10H50z']);
  });

  it('merges overlapping unfilled paths of one opaque stroke, own or inherited, in order', () => {
    const own = simplified(
      '<path fill="none" stroke="#111" stroke-width="2" d="M10 10h80"/><path fill="none" stroke="#111" stroke-width="2" d="M50 0v90"/>',
    );
    expect(pathsOf(own)).toEqual(['M10 10h80M50 0v90']);
    const inherited = simplified(
      '<g fill="none" stroke="#111" stroke-width="2" stroke-linecap="round"><path d="M10 10h80"/><path d="M50 0v90"/><circle cx="50" cy="50" r="9"/><path d="M10 90h80"/></g>',
    );
    // The circle between keeps the last line apart: merging it would move it under the circle.
    expect(pathsOf(inherited)).toEqual(['M10 10h80M50 0v90', 'M10 90h80']);
  });

  it('does not merge overlapping strokes that are filled, see-through or blended', () => {
    const pair = (attrs: string, group = '') =>
      `<g ${group}><path ${attrs} d="M10 10h80"/><path ${attrs} d="M50 0v90"/></g>`;
    const cases = [
      pair('stroke="#111"'), // filled black by default
      pair('fill="red" stroke="#111"'),
      pair('fill="none" stroke="#111" stroke-opacity=".5"'),
      pair('fill="none" stroke="#111"', 'stroke-opacity=".5"'),
      pair('fill="none" stroke="rgba(0,0,0,.5)"'),
      pair('fill="none" stroke="#111" opacity=".5"'),
      pair('fill="none" stroke="#111" mix-blend-mode="multiply"'),
      `<defs><linearGradient id="g"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient></defs>${pair('fill="none" stroke="url(#g)"')}`,
      pair('fill="none" stroke="#111" stroke-dasharray="4 2"'),
    ];
    for (const body of cases) expect(pathsOf(simplified(body)), body).toHaveLength(2);
  });

  it('drops no-op attributes, but not an inherited default that overrides a parent', () => {
    const out = simplified(
      '<path opacity="1" fill-opacity="1" stroke="none" class="x" d="M0 0h1v1z"/><g fill-opacity=".5"><path fill-opacity="1" d="M5 5h1v1z"/></g>',
    );
    const [first, second] = elements(out, ['path']);
    expect([...(first?.attrs.keys() ?? [])]).toEqual(['d']);
    expect(second?.attrs.get('fill-opacity')).toBe('1');
  });

  it('drops empty groups and unwraps groups that carry nothing', () => {
    const out = simplified(
      '<g><g></g><g><rect width="1" height="1"/></g></g><g id="named"/><g opacity=".5"><rect width="2" height="2"/></g>',
    );
    expect(out).toContain(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100"><rect',
    );
    expect(elements(out, ['g']).map((g) => g.attrs.get('id') ?? g.attrs.get('opacity'))).toEqual([
      'named',
      '.5',
    ]);
  });

  it('rounds plain geometry and points, leaving units and lists alone', () => {
    const out = simplified(
      '<rect x="1.23456" y="2" width="50%" height="3.3333"/><polygon points="1.2345,2.3456 3.45678 4.5678 5 6"/>',
    );
    const [rect] = elements(out, ['rect']);
    expect([rect?.attrs.get('x'), rect?.attrs.get('width'), rect?.attrs.get('height')]).toEqual([
      '1.23',
      '50%',
      '3.33',
    ]);
    expect(elements(out, ['polygon'])[0]?.attrs.get('points')).toBe('1.23 2.35 3.46 4.57 5 6');
  });
});

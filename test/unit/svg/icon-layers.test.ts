import { describe, expect, it } from 'vitest';
import { cleanSvg } from '../../../core/svg/clean-svg';
import { drawingBounds } from '../../../core/svg/drawing-bounds';
import { shapeToPath } from '../../../core/svg/shape-to-path';
import { cleanOptionsFor } from '../../../core/svg/vector-options';
import { DEFAULT_VECTOR_OPTIONS } from '../../../core/tasks/types';
import { elements, expectSafe, reparse, shapeCount } from './fixtures/inspect';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const doc = (body: string, attrs = ''): string => `<svg ${NS} viewBox="0 0 100 100" ${attrs}>${body}</svg>`;
const SHAPES = ['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon'];
const ICON_FRAME = cleanOptionsFor({ ...DEFAULT_VECTOR_OPTIONS, iconFrame: { size: 24, padding: 2 } });

/** The output's drawn layers, as "name fill stroke" in document order. */
function layers(svg: string): string[] {
  return elements(svg, SHAPES).map(
    (shape) => `${shape.name} ${shape.attrs.get('fill') ?? '-'} ${shape.attrs.get('stroke') ?? '-'}`,
  );
}

/** Cleans as an icon of the set, checking what every icon must keep: every subpath, safe output. */
function icon(svg: string, options = ICON_FRAME): string {
  const out = cleanSvg(svg, options).svg;
  expect(shapeCount(out)).toBe(shapeCount(svg));
  expectSafe(out);
  return out;
}

describe('icon layers: one per paint where merging draws the same', () => {
  it('makes an outline icon of a rect and lines under one stroke a single path', () => {
    const calendar = doc(
      '<rect width="18" height="18" x="3" y="4" rx="2"/><line x1="16" x2="16" y1="2" y2="6"/>' +
        '<line x1="8" x2="8" y1="2" y2="6"/><line x1="3" x2="21" y1="10" y2="10"/>',
      'fill="none" stroke="#222" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"',
    );
    expect(layers(icon(calendar))).toEqual(['path - -']);
  });

  it('merges a circle and a path of one stroke colour and width (a magnifier), overlapping', () => {
    const out = icon(
      doc(
        '<g fill="none" stroke="currentColor" stroke-width="6"><circle cx="42" cy="42" r="24"/><path d="M60 60l22 22"/></g>',
      ),
    );
    expect(layers(out)).toEqual(['path - -']);
  });

  it('keeps one path per stroke colour and width', () => {
    const out = icon(
      doc(
        '<g fill="none"><path stroke="#111" stroke-width="2" d="M10 10h80"/><path stroke="#111" stroke-width="4" d="M10 50h80"/>' +
          '<path stroke="#111" stroke-width="2" d="M10 90h80"/><path stroke="#e63946" stroke-width="2" d="M50 0v100"/></g>',
      ),
    );
    // The third line joins the first across the second (apart from it, strokes included); the red one
    // crosses all three, so it stays on top and alone.
    expect(layers(out)).toEqual(['path - #111', 'path - #111', 'path - #e63946']);
    expect(elements(out, ['path']).map((path) => path.attrs.get('stroke-width'))).toEqual(['2', '4', '2']);
  });

  it('gathers a two-colour icon into two paths, each detail still above its base', () => {
    const out = icon(
      doc(
        '<circle fill="#e63946" cx="30" cy="30" r="20"/><rect fill="#fff" x="25" y="25" width="10" height="10"/>' +
          '<circle fill="#e63946" cx="78" cy="78" r="12"/><rect fill="#fff" x="74" y="74" width="8" height="8"/>',
      ),
    );
    expect(layers(out)).toEqual(['path #e63946 -', 'path #fff -']);
  });

  it('does not move a shape under another paint it touches', () => {
    const out = icon(
      doc(
        '<circle fill="#e63946" cx="30" cy="30" r="20"/><rect fill="#fff" x="40" y="40" width="30" height="30"/>' +
          '<circle fill="#e63946" cx="70" cy="70" r="12"/>',
      ),
    );
    expect(layers(out)).toEqual(['path #e63946 -', 'path #fff -', 'path #e63946 -']);
  });

  it('moves a shape under another of its one opaque colour, and under no other', () => {
    const trash = (body: string) =>
      doc(
        `<path d="M10 30h80" fill="none" stroke="#232030" stroke-width="8"/><path d="M20 30h60l-5 60H25z" fill="${body}"/>` +
          '<path d="M40 30V15h20v15" fill="none" stroke="#232030" stroke-width="8"/>' +
          '<path d="M40 45v30M60 45v30" fill="none" stroke="#d6c029" stroke-width="8"/>',
        'stroke-linecap="round" stroke-linejoin="round"',
      );
    // One layer per paint: the lid's stroke, the body's fill, the details' stroke.
    expect(layers(icon(trash('#232030')))).toEqual([
      'path none #232030',
      'path #232030 -',
      'path none #d6c029',
    ]);
    for (const body of ['#e63946', 'rgba(35,32,48,.5)'])
      expect(layers(icon(trash(body))), body).toHaveLength(4);
  });

  it('compares shapes under other transforms where they are drawn', () => {
    const out = icon(
      doc(
        '<circle fill="#e63946" cx="5" cy="5" r="5"/><rect fill="#fff" transform="translate(60 60)" width="10" height="10"/>' +
          '<circle fill="#e63946" cx="65" cy="65" r="5"/><circle fill="#e63946" transform="scale(.1)" cx="300" cy="300" r="20"/>',
      ),
    );
    // The second circle lies under the translated square: it stays above it. The scaled one cannot join
    // the others (another transform), and its drawn box touches nothing, so it stays where it is.
    expect(layers(out)).toEqual(['path #e63946 -', 'path #fff -', 'path #e63946 -', 'path #e63946 -']);
  });

  it('does not merge overlapping fills, whatever their colour (windings or transparency could change)', () => {
    const cases = [
      '<path fill="#111" d="M10 10h50v50H10z"/><path fill="#111" d="M30 30h50v50H30z"/>',
      '<path fill="#111" d="M10 10h50v50H10z"/><path fill="#111" d="M30 30v50h50V30z"/>',
      '<path fill="#111" fill-opacity=".5" d="M10 10h50v50H10z"/><path fill="#111" fill-opacity=".5" d="M30 30h50v50H30z"/>',
      '<path fill="#111" fill-rule="evenodd" d="M10 10h50v50H10z"/><path fill="#111" d="M70 70h20v20H70z"/>',
    ];
    for (const body of cases) expect(layers(icon(doc(body))), body).toHaveLength(2);
  });

  it('leaves shapes that could not merge anyway as they are', () => {
    const out = icon(
      doc(
        '<defs><clipPath id="c"><rect width="50" height="50"/></clipPath></defs>' +
          '<circle id="dot" cx="20" cy="20" r="5"/><rect clip-path="url(#c)" x="30" y="30" width="40" height="40"/>' +
          '<line x1="0" y1="90" x2="100" y2="90" stroke="#111" stroke-dasharray="4 2"/>',
      ),
    );
    // The clip path's rect first: definitions are never touched.
    expect(elements(out, SHAPES).map((shape) => shape.name)).toEqual(['rect', 'circle', 'rect', 'line']);
  });

  it('keeps basic shapes as shapes outside icon frames', () => {
    const out = cleanSvg(doc('<circle cx="20" cy="20" r="5"/><circle cx="70" cy="70" r="5"/>'), {
      simplify: true,
    }).svg;
    expect(elements(out, SHAPES).map((shape) => shape.name)).toEqual(['circle', 'circle']);
    expect(layers(icon(doc('<circle cx="20" cy="20" r="5"/><circle cx="70" cy="70" r="5"/>')))).toEqual([
      'path - -',
    ]);
  });

  it('merges what a single colour made the same paint', () => {
    const mono = cleanOptionsFor({
      ...DEFAULT_VECTOR_OPTIONS,
      recolor: 'mono',
      mono: '#1d3557',
      iconFrame: { size: 24, padding: 2 },
    });
    const dots = doc(
      '<circle fill="#e63946" cx="20" cy="20" r="10"/><circle fill="#457b9d" cx="70" cy="70" r="10"/>',
    );
    expect(layers(icon(dots))).toEqual(['path #e63946 -', 'path #457b9d -']);
    expect(layers(icon(dots, mono))).toEqual(['path #1d3557 -']);
  });
});

describe('basic shapes as paths', () => {
  const VIEW = { x: 0, y: 0, width: 100, height: 100 };
  // Each with where SVG's equivalent path starts (dashes and markers count from there).
  const cases: [string, string][] = [
    ['<rect x="10" y="20" width="30" height="40"/>', 'M10 20'],
    ['<rect x="10" y="20" width="30" height="40" rx="5"/>', 'M15 20'],
    ['<rect x="10" y="20" width="30" height="40" ry="50"/>', 'M25 20'],
    ['<rect x="10" y="20" width="30" height="40" transform="rotate(30 50 50)"/>', 'M10 20'],
    ['<circle cx="50" cy="40" r="12"/>', 'M62 40'],
    ['<ellipse cx="50" cy="40" rx="12" ry="30" transform="skewX(20)"/>', 'M62 40'],
    ['<line x1="10" y1="90" x2="80" y2="15" stroke="#000" stroke-width="3"/>', 'M10 90'],
    ['<polyline points="10,10 50,80 90,20" fill="none" stroke="#000"/>', 'M10 10'],
    ['<polygon points="10,10 50,80 90,20"/>', 'M10 10'],
  ];
  for (const [shape, start] of cases) {
    it(`draws ${shape} with the same bounds, from the same start point`, () => {
      const root = reparse(doc(shape));
      const element = elements(doc(shape), SHAPES)[0];
      const before = drawingBounds(root, VIEW);
      const target = root.children.find((child) => child.kind === 'element');
      expect(target?.kind === 'element' && shapeToPath(target)).toBe(true);
      expect(target?.kind === 'element' && target.name).toBe('path');
      expect(target?.kind === 'element' && target.attrs.get('d')?.startsWith(start)).toBe(true);
      const after = drawingBounds(root, VIEW);
      for (const key of ['minX', 'minY', 'maxX', 'maxY'] as const)
        expect(after[key]).toBeCloseTo(before[key], 3); // arcs are measured as cubics
      // Transforms and paint stay on the element; only the geometry became "d".
      for (const name of ['transform', 'fill', 'stroke', 'stroke-width'])
        expect(target?.kind === 'element' && target.attrs.get(name)).toBe(
          element?.attrs.get(name) ?? undefined,
        );
    });
  }

  it('leaves shapes in units or percentages, and shapes that draw nothing', () => {
    for (const shape of [
      '<rect x="10%" y="20" width="30" height="40"/>',
      '<circle cx="50" cy="40" r="1em"/>',
      '<rect x="10" y="20" width="0" height="40"/>',
      '<polygon points="10,10"/>',
      '<polyline points="10,10 20 20 30;30"/>',
    ]) {
      const target = reparse(doc(shape)).children.find((child) => child.kind === 'element');
      expect(target?.kind === 'element' && shapeToPath(target), shape).toBe(false);
    }
  });
});

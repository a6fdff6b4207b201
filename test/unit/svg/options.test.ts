import { describe, expect, it } from 'vitest';
import { cleanSvg } from '../../../core/svg/clean-svg';
import { DEFAULT_VECTOR_OPTIONS } from '../../../core/tasks/types';
import { cleanOptionsFor } from '../../../core/svg/vector-options';
import { elements, reparse, shapeCount } from './fixtures/inspect';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const root = (svg: string) => reparse(svg).attrs;

describe('normalise', () => {
  it('makes a viewBox from width and height, converting units', () => {
    expect(root(cleanSvg(`<svg ${NS} width="200px" height="1in"/>`).svg).get('viewBox')).toBe('0 0 200 96');
  });

  it('makes a viewBox from the drawing when there is no size at all', () => {
    const attrs = root(cleanSvg(`<svg ${NS}><rect x="10" y="10" width="390.5" height="20"/></svg>`).svg);
    expect(attrs.get('viewBox')).toBe('0 0 401 30');
    expect([attrs.get('width'), attrs.get('height')]).toEqual(['401', '30']);
  });

  it('sets the requested size, keeping the aspect ratio when only one side is given', () => {
    const svg = `<svg ${NS} viewBox="0 0 200 100" width="100%"/>`;
    expect([...root(cleanSvg(svg).svg)].slice(1)).toEqual([
      ['viewBox', '0 0 200 100'],
      ['width', '200'],
      ['height', '100'],
    ]);
    const sized = root(cleanSvg(svg, { width: 1024 }).svg);
    expect([sized.get('width'), sized.get('height')]).toEqual(['1024', '512']);
    const both = root(cleanSvg(svg, { width: 64, height: 64 }).svg);
    expect([both.get('width'), both.get('height'), both.get('viewBox')]).toEqual(['64', '64', '0 0 200 100']);
  });
});

describe('background removal', () => {
  const on = (body: string, view = '0 0 100 100') =>
    cleanSvg(`<svg ${NS} viewBox="${view}">${body}<circle cx="50" cy="50" r="10" fill="blue"/></svg>`, {
      removeBackground: true,
    });
  const removed = (body: string, view?: string) => on(body, view).report.backgroundRemoved;

  it('removes a flat full-canvas rect or path, also inside groups and under transforms', () => {
    expect(removed('<rect width="100" height="100" fill="#fff"/>')).toBe(true);
    expect(removed('<rect width="100%" height="100%"/>')).toBe(true);
    expect(removed('<path d="M-1-1H101V101H-1Z" fill="rgb(250,250,250)"/>')).toBe(true);
    expect(removed('<g fill="beige"><g transform="scale(2)"><rect width="50" height="50"/></g></g>')).toBe(
      true,
    );
    expect(
      removed('<defs><rect id="r"/></defs><rect x="10" y="10" width="100" height="100"/>', '10 10 100 100'),
    ).toBe(true);
    const result = on('<rect width="100" height="100" fill="#fff"/>');
    expect(shapeCount(result.svg)).toBe(1);
    expect(elements(result.svg, ['circle'])).toHaveLength(1);
  });

  it('keeps a first shape that is not one flat opaque colour over the whole canvas', () => {
    const kept = [
      '<rect width="90" height="100" fill="#fff"/>',
      '<rect width="100" height="100" fill="rgba(255,255,255,.5)"/>',
      '<rect width="100" height="100" fill="#fff" fill-opacity=".9"/>',
      '<rect width="100" height="100" fill="#fff" opacity=".9"/>',
      '<rect width="100" height="100" fill="url(#g)"/>',
      '<rect width="100" height="100" fill="#fff" stroke="red"/>',
      '<rect width="100" height="100" rx="20" fill="#fff"/>',
      '<rect width="100" height="100" fill="#fff" clip-path="url(#c)"/>',
      '<g opacity=".5"><rect width="100" height="100" fill="#fff"/></g>',
      '<circle cx="50" cy="50" r="80" fill="#fff"/>',
      '<g transform="translate(5 0)"><rect width="100" height="100"/></g>',
    ];
    for (const body of kept) expect(removed(body), body).toBe(false);
  });

  it('only looks at the first shape', () => {
    expect(removed('<circle r="1"/><rect width="100" height="100" fill="#fff"/>')).toBe(false);
  });

  it('trusts only an inline style fill when a stylesheet could restyle the shape', () => {
    expect(removed('<style>rect{fill:none}</style><rect width="100" height="100" fill="#fff"/>')).toBe(false);
    expect(removed('<style>circle{fill:red}</style><rect width="100" height="100" style="fill:#fff"/>')).toBe(
      true,
    );
  });
});

describe('cleanOptionsFor', () => {
  it('fits into the icon frame the designer picked', () => {
    const options = cleanOptionsFor(
      { ...DEFAULT_VECTOR_OPTIONS, iconFrame: { size: 24, padding: 2 } },
      { width: 1024, height: 1024 },
    );
    expect(options.fit).toEqual({ size: 24, padding: 2 });
    const icon = `<svg ${NS} viewBox="0 0 1024 1024"><rect x="400" y="300" width="200" height="400"/></svg>`;
    const attrs = root(cleanSvg(icon, options).svg);
    expect([attrs.get('width'), attrs.get('height')]).toEqual(['24', '24']);
  });

  it('maps the designer choices onto pipeline options', () => {
    expect(cleanOptionsFor(DEFAULT_VECTOR_OPTIONS)).toEqual({ removeBackground: false, simplify: true });
    expect(
      cleanOptionsFor({ ...DEFAULT_VECTOR_OPTIONS, removeBackground: true }, { width: 1024, height: 768 }),
    ).toEqual({
      width: 1024,
      height: 768,
      removeBackground: true,
      simplify: true,
    });
    expect(cleanOptionsFor({ ...DEFAULT_VECTOR_OPTIONS, recolor: 'mono', mono: '#112233' }).recolor).toEqual({
      mode: 'mono',
      color: '#112233',
    });
    expect(
      cleanOptionsFor({ ...DEFAULT_VECTOR_OPTIONS, recolor: 'palette', palette: ['#ABC', 'oops', 'red'] })
        .recolor,
    ).toEqual({
      mode: 'palette',
      palette: ['#aabbcc', '#ff0000'],
    });
  });

  it('drops a recolour that cannot work rather than failing the insertion', () => {
    expect(
      cleanOptionsFor({ ...DEFAULT_VECTOR_OPTIONS, recolor: 'palette', palette: [] }).recolor,
    ).toBeUndefined();
    expect(
      cleanOptionsFor({ ...DEFAULT_VECTOR_OPTIONS, recolor: 'palette', palette: ['nope'] }).recolor,
    ).toBeUndefined();
    expect(
      cleanOptionsFor({ ...DEFAULT_VECTOR_OPTIONS, recolor: 'mono', mono: 'not a colour' }).recolor,
    ).toBeUndefined();
    expect(cleanOptionsFor({ ...DEFAULT_VECTOR_OPTIONS, palette: ['#000'] }).recolor).toBeUndefined();
  });

  it('produces options cleanSvg applies', () => {
    const svg = `<svg ${NS} viewBox="0 0 10 10"><rect width="10" height="10" fill="#fff"/><circle cx="5" cy="5" r="2" fill="#f00"/></svg>`;
    const options = cleanOptionsFor(
      { removeBackground: true, recolor: 'palette', palette: ['#000000', '#cc0000'], mono: '#000' },
      { width: 100, height: 100 },
    );
    const result = cleanSvg(svg, options);
    expect(result.report.backgroundRemoved).toBe(true);
    expect(result.svg).toBe(
      `<svg ${NS} viewBox="0 0 10 10" width="100" height="100"><circle cx="5" cy="5" r="2" fill="#cc0000"/></svg>`,
    );
  });
});

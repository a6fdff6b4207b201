import { describe, expect, it } from 'vitest';
import { parseColor } from '../../../core/color/parse-color';
import { toHex } from '../../../core/color/rgba';
import { cleanSvg } from '../../../core/svg/clean-svg';
import { drawingBounds } from '../../../core/svg/drawing-bounds';
import { parseViewBox } from '../../../core/svg/length';
import { BACKGROUND, ICON, ICON_ON_CANVAS, makeIllustration } from './fixtures/art';
import { boundsInPixels, drawnColors, elements, expectSafe, reparse, shapeCount } from './fixtures/inspect';

const ART = makeIllustration({ paths: 1200 });
const PALETTE = ['#1b1b1b', '#fefae0', '#bc4749', '#386641', '#6a994e', '#f2e8cf'];

describe('a 1200-path illustration', () => {
  const plain = cleanSvg(ART);

  it('keeps every shape and reports what it found', () => {
    expect(elements(ART, ['path']).length).toBeGreaterThanOrEqual(1200);
    expect(shapeCount(plain.svg)).toBe(shapeCount(ART));
    expect(plain.report.elementsIn).toBe(elements(ART).length);
    expect(plain.report.elementsOut).toBe(plain.report.elementsIn);
    expect(plain.report.removed).toEqual({});
    expect(plain.report.backgroundRemoved).toBe(false);
    expect(plain.report.bytesIn).toBe(ART.length);
    expect(plain.report.bytesOut).toBe(plain.svg.length);
    expectSafe(plain.svg);
  });

  it('lists the distinct input colours as #rrggbb, including gradient stops and the background', () => {
    const colors = plain.report.colors;
    expect(new Set(colors).size).toBe(colors.length);
    for (const hex of colors) expect(hex).toMatch(/^#[0-9a-f]{6}$/);
    for (const expected of ['#264653', '#2a9d8f', '#ff44aa', '#191970', '#87ceeb', '#ffc896', '#ffd700']) {
      expect(colors).toContain(expected);
    }
    expect(colors).toContain(toHex(parseColor(BACKGROUND)!));
  });

  it('removes the full-canvas background and only it', () => {
    const result = cleanSvg(ART, { removeBackground: true });
    expect(result.report.backgroundRemoved).toBe(true);
    expect(shapeCount(result.svg)).toBe(shapeCount(ART) - 1);
    expect(elements(result.svg, ['rect'])).toHaveLength(0);
    expect(drawnColors(result.svg).has(toHex(parseColor(BACKGROUND)!))).toBe(false);
  });

  it('maps every colour to the palette, gradient stops included', () => {
    const result = cleanSvg(ART, { recolor: { mode: 'palette', palette: PALETTE } });
    const drawn = drawnColors(result.svg);
    expect(drawn.size).toBeGreaterThan(2);
    for (const hex of drawn) expect(PALETTE).toContain(hex);
    expect(shapeCount(result.svg)).toBe(shapeCount(ART));
    // Translucent fills keep their alpha on the new colour.
    expect(result.svg).toMatch(/fill="rgba\(\d+,\d+,\d+,0\.6\)"/);
    // Paints that are not colours are untouched.
    expect(result.svg).toContain('fill="url(#sky)"');
  });

  it('maps every colour to one colour in mono mode', () => {
    const result = cleanSvg(ART, { recolor: { mode: 'mono', color: 'rgb(20, 33, 61)' } });
    expect([...drawnColors(result.svg)]).toEqual(['#14213d']);
  });

  it('simplifies to a smaller file that draws the same subpaths in the same order', () => {
    const result = cleanSvg(ART, { simplify: true });
    expect(result.report.bytesOut).toBeLessThan(plain.report.bytesOut * 0.9);
    expect(shapeCount(result.svg)).toBe(shapeCount(ART));
    expect(result.report.elementsOut).toBeLessThanOrEqual(plain.report.elementsOut);
    expect(drawnColors(result.svg)).toEqual(drawnColors(plain.svg));
    const before = drawingBounds(reparse(plain.svg), { x: 0, y: 0, width: 2048, height: 2048 });
    const after = drawingBounds(reparse(result.svg), { x: 0, y: 0, width: 2048, height: 2048 });
    for (const key of ['minX', 'minY', 'maxX', 'maxY'] as const)
      expect(Math.abs(before[key] - after[key])).toBeLessThan(0.2);
    expectSafe(result.svg);
  });

  it('applies every option together and still parses', () => {
    const result = cleanSvg(ART, {
      width: 1024,
      height: 1024,
      removeBackground: true,
      fit: { size: 512, padding: 16 },
      recolor: { mode: 'palette', palette: PALETTE },
      simplify: true,
    });
    const root = reparse(result.svg);
    expect(root.attrs.get('width')).toBe('512');
    expect(shapeCount(result.svg)).toBe(shapeCount(ART) - 1);
    for (const hex of drawnColors(result.svg)) expect(PALETTE).toContain(hex);
  });
});

describe('icons', () => {
  it('normalises an icon without changing its drawing', () => {
    const result = cleanSvg(ICON, { width: 48, height: 48, simplify: true });
    const root = reparse(result.svg);
    expect(root.attrs.get('viewBox')).toBe('0 0 24 24');
    expect([root.attrs.get('width'), root.attrs.get('height')]).toEqual(['48', '48']);
    expect(shapeCount(result.svg)).toBe(shapeCount(ICON));
    expect(result.report.backgroundRemoved).toBe(false);
    expect(result.report.colors).toEqual(['#3a86ff', '#ffffff', '#ff006e']);
  });

  it('does not take a drawn shape for a background', () => {
    const result = cleanSvg(ICON, { removeBackground: true });
    expect(result.report.backgroundRemoved).toBe(false);
    expect(shapeCount(result.svg)).toBe(shapeCount(ICON));
  });

  it('fits the drawing, strokes included, inside the padded square (bounding-box fit)', () => {
    const { minX, minY, maxX, maxY, size } = boundsInPixels(
      cleanSvg(ICON, { fit: { size: 64, padding: 8, optical: false } }).svg,
    );
    expect(size).toBe(64);
    for (const value of [minX, minY]) expect(value).toBeGreaterThanOrEqual(8 - 1e-6);
    for (const value of [maxX, maxY]) expect(value).toBeLessThanOrEqual(56 + 1e-6);
    // The longer side touches the padding on both ends; the shorter one is centred.
    expect(Math.max(maxX - minX, maxY - minY)).toBeCloseTo(48, 4);
    expect((minX + maxX) / 2).toBeCloseTo(32, 4);
    expect((minY + maxY) / 2).toBeCloseTo(32, 4);
  });

  it('removes the canvas background of a generated icon, then crops to the icon', () => {
    const result = cleanSvg(ICON_ON_CANVAS, {
      removeBackground: true,
      fit: { size: 128, padding: 0, optical: false },
      simplify: true,
    });
    expect(result.report.backgroundRemoved).toBe(true);
    expect(drawnColors(result.svg).has('#fdfdfd')).toBe(false);
    const { minX, minY, maxX, maxY } = boundsInPixels(result.svg);
    expect(minX).toBeCloseTo(0, 3);
    expect(minY).toBeCloseTo(0, 3);
    expect(maxX).toBeCloseTo(128, 3);
    expect(maxY).toBeCloseTo(128, 3);
    const view = parseViewBox(reparse(result.svg).attrs.get('viewBox'))!;
    expect(view.x).toBeCloseTo(320, 3); // translate(300) + 2 × scale 10
    expect(view.width).toBeCloseTo(200, 3);
  });

  it('recolours an icon to one brand colour, leaving none and currentColor alone', () => {
    const svg = ICON.replace('fill="none"', 'fill="none" color="red"').replace('#ff006e', 'currentColor');
    const result = cleanSvg(svg, { recolor: { mode: 'mono', color: '#0a0a0a' } });
    expect(result.svg).toContain('fill="none"');
    expect(result.svg).toContain('fill="currentColor"');
    expect([...drawnColors(result.svg)]).toEqual(['#0a0a0a']);
  });

  it('leaves mask content alone: its colours are opacity, not paint', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><mask id="m"><rect width="10" height="10" fill="white"/>' +
      '<circle cx="5" cy="5" r="2" fill="black"/></mask><rect width="10" height="10" fill="#3a86ff" mask="url(#m)"/></svg>';
    const result = cleanSvg(svg, { recolor: { mode: 'mono', color: '#000000' } });
    expect(result.svg).toContain('<rect width="10" height="10" fill="white"/>');
    expect(result.svg).toContain('fill="#000000" mask="url(#m)"');
    expect(result.report.colors).toEqual(['#3a86ff']);
  });
});

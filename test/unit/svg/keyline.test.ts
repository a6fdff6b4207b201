import { describe, expect, it } from 'vitest';
import { cleanSvg } from '../../../core/svg/clean-svg';
import { cleanOptionsFor } from '../../../core/svg/vector-options';
import { DEFAULT_VECTOR_OPTIONS } from '../../../core/tasks/types';
import { boundsInPixels, expectSafe } from './fixtures/inspect';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const doc = (body: string): string => `<svg ${NS} viewBox="0 0 100 100">${body}</svg>`;

/** A regular star's points around (50, 50): `points` tips, inner radius a share of the outer. */
function star(points: number, outer: number, inner: number): string {
  const out: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 ? inner : outer;
    const angle = -Math.PI / 2 + (i * Math.PI) / points;
    out.push(`${50 + radius * Math.cos(angle)},${50 + radius * Math.sin(angle)}`);
  }
  return `<polygon points="${out.join(' ')}"/>`;
}

/** Drawings of known shape, on a canvas larger than the icon, off-centre so the crop is exercised. */
const SHAPES = {
  circle: '<circle cx="40" cy="55" r="30"/>',
  'circle as arcs': '<path d="M10 55a30 30 0 1 0 60 0a30 30 0 1 0-60 0z"/>',
  ellipse: '<ellipse cx="50" cy="50" rx="30" ry="28"/>',
  square: '<rect x="15" y="25" width="60" height="60"/>',
  'rotated square (a diamond)': '<rect x="30" y="30" width="40" height="40" transform="rotate(45 50 50)"/>',
  'rounded square': '<rect x="15" y="25" width="60" height="60" rx="10"/>',
  'rounded square as path': '<path d="M25 20h50q10 0 10 10v50q0 10-10 10h-50q-10 0-10-10v-50q0-10 10-10z"/>',
  'tall rectangle': '<rect x="30" y="10" width="40" height="50"/>',
  'narrow bar': '<rect x="45" y="10" width="10" height="80"/>',
  'wide rectangle': '<rect x="10" y="30" width="50" height="40"/>',
  triangle: '<path d="M50 20L80 80H20z"/>',
  star: star(5, 40, 16),
  ring: '<path fill-rule="evenodd" d="M20 50a30 30 0 1 0 60 0a30 30 0 1 0-60 0zM35 50a15 15 0 1 0 30 0a15 15 0 1 0-30 0z"/>',
  'stroked circle': '<circle cx="50" cy="50" r="30" fill="none" stroke="#111" stroke-width="8"/>',
  'stroked square, round joins':
    '<rect x="20" y="20" width="60" height="60" fill="none" stroke="#111" stroke-width="8" stroke-linejoin="round"/>',
  'stroked lines (a plus)':
    '<g stroke="#111" stroke-width="10" stroke-linecap="round"><path d="M50 20v60M20 50h60"/></g>',
  'stroked square outline of lines':
    '<polyline points="20,20 80,20 80,80 20,80 20,20" fill="none" stroke="#111" stroke-width="4"/>',
  'magnifier (circle and handle)':
    '<g fill="none" stroke="#111" stroke-width="6"><circle cx="42" cy="42" r="24"/><path d="M60 60l22 22"/></g>',
};

type Name = keyof typeof SHAPES;
const EXPECTED: Record<Name, string> = {
  circle: 'circle',
  'circle as arcs': 'circle',
  ellipse: 'circle',
  square: 'square',
  'rotated square (a diamond)': 'circle',
  'rounded square': 'square',
  'rounded square as path': 'square',
  'tall rectangle': 'portrait',
  'narrow bar': 'portrait',
  'wide rectangle': 'landscape',
  triangle: 'circle',
  star: 'circle',
  ring: 'circle',
  'stroked circle': 'circle',
  'stroked square, round joins': 'square',
  'stroked lines (a plus)': 'circle',
  'stroked square outline of lines': 'square',
  'magnifier (circle and handle)': 'circle',
};

const fit = (name: Name, size = 24, padding = 2) =>
  cleanSvg(doc(SHAPES[name]), { fit: { size, padding }, simplify: true });

describe('keyline classification', () => {
  for (const name of Object.keys(SHAPES) as Name[]) {
    it(`classes a ${name} as ${EXPECTED[name]}`, () => {
      expect(fit(name).report.keyline?.keyline).toBe(EXPECTED[name]);
    });
  }

  it('measures a circle’s corner reach as 1/√2 and a square’s as 1', () => {
    expect(fit('circle').report.keyline?.reach).toBeCloseTo(Math.SQRT1_2, 2);
    expect(fit('square').report.keyline?.reach).toBeCloseTo(1, 6);
    expect(fit('triangle').report.keyline?.reach).toBeCloseTo(0.75, 6);
  });

  it('takes near-square bounds as square-ish and leaves portrait and landscape past 8/9 and 9/8', () => {
    const rect = (width: number, height: number) =>
      cleanSvg(doc(`<rect width="${width}" height="${height}"/>`), { fit: { size: 24, padding: 2 } }).report
        .keyline?.keyline;
    expect(rect(80, 89)).toBe('square');
    expect(rect(80, 91)).toBe('portrait');
    expect(rect(89, 80)).toBe('square');
    expect(rect(91, 80)).toBe('landscape');
  });
});

/** The fitted drawing's width and height in output px, and its centre. */
function fitted(svg: string): {
  width: number;
  height: number;
  centreX: number;
  centreY: number;
  size: number;
} {
  const box = boundsInPixels(svg);
  return {
    width: box.maxX - box.minX,
    height: box.maxY - box.minY,
    centreX: (box.minX + box.maxX) / 2,
    centreY: (box.minY + box.maxY) / 2,
    size: box.size,
  };
}

describe('optical fit', () => {
  const cases: [Name, number, number][] = [
    ['circle', 20, 20],
    ['circle as arcs', 20, 20],
    ['ring', 20, 20],
    ['stroked circle', 20, 20],
    ['triangle', 20, 20],
    ['square', 18, 18],
    ['rounded square', 18, 18],
    ['stroked square, round joins', 18, 18],
    ['tall rectangle', 16, 20],
    ['narrow bar', 2.5, 20],
    ['wide rectangle', 20, 16],
  ];
  for (const [name, width, height] of cases) {
    it(`fits a ${name} to ${width} × ${height} at 24 px with 2 px padding, centred`, () => {
      const result = fit(name);
      const box = fitted(result.svg);
      expect(box.size).toBe(24);
      expect(result.report.size).toEqual({ width: 24, height: 24 });
      expect(box.width).toBeCloseTo(width, 3);
      expect(box.height).toBeCloseTo(height, 3);
      expect(box.centreX).toBeCloseTo(12, 3);
      expect(box.centreY).toBeCloseTo(12, 3);
      expectSafe(result.svg);
    });
  }

  it('scales the keylines with the live area (48 px, 4 px padding: 40, 36, 32 × 40, 40 × 32)', () => {
    const at48 = (name: Name) => fitted(fit(name, 48, 4).svg);
    expect(at48('circle').width).toBeCloseTo(40, 3);
    expect(at48('square').width).toBeCloseTo(36, 3);
    expect(at48('square').height).toBeCloseTo(36, 3);
    expect(at48('tall rectangle').width).toBeCloseTo(32, 3);
    expect(at48('tall rectangle').height).toBeCloseTo(40, 3);
    expect(at48('wide rectangle').width).toBeCloseTo(40, 3);
    expect(at48('wide rectangle').height).toBeCloseTo(32, 3);
    expect(at48('wide rectangle').centreY).toBeCloseTo(24, 3);
  });

  it('is what an icon frame asks for; optical: false keeps the bounding-box fit', () => {
    const options = cleanOptionsFor({ ...DEFAULT_VECTOR_OPTIONS, iconFrame: { size: 24, padding: 2 } });
    expect(fitted(cleanSvg(doc(SHAPES.square), options).svg).width).toBeCloseTo(18, 3);
    const box = cleanSvg(doc(SHAPES.square), { fit: { size: 24, padding: 2, optical: false } });
    expect(fitted(box.svg).width).toBeCloseTo(20, 3);
    expect(box.report.keyline).toBeUndefined();
  });

  it('leaves an empty drawing’s canvas square and unclassified', () => {
    const result = cleanSvg(doc('<g/>'), { fit: { size: 24, padding: 2 } });
    expect(result.report.size).toEqual({ width: 24, height: 24 });
    expect(result.report.keyline).toBeUndefined();
  });

  it('fits a line with no height by its length', () => {
    const result = cleanSvg(doc('<path d="M10 50H90" stroke="#000"/>'), { fit: { size: 24, padding: 2 } });
    expect(result.report.keyline?.keyline).toBe('landscape');
    expect(fitted(result.svg).width).toBeCloseTo(20, 3);
  });
});

describe('outline sampling', () => {
  /**
   * A circle of 48 000 points, with (or without) a spike to each corner of its bounds. Past 16 384 points
   * the sample keeps only every 2nd (then, past 32 768, every 4th) point: the spikes sit at odd positions
   * (20 001, 26 003, 32 003, 40 005), which the decimated sample alone would drop.
   */
  function spikedCircle(spikes: boolean): string {
    const after = new Map([
      [20_000, '10,10'],
      [26_001, '90,10'],
      [32_000, '90,90'],
      [40_001, '10,90'],
    ]);
    const points: string[] = [];
    for (let i = 0; i < 48_000; i++) {
      const angle = (i * 2 * Math.PI) / 48_000;
      points.push(`${(50 + 40 * Math.cos(angle)).toFixed(4)},${(50 + 40 * Math.sin(angle)).toFixed(4)}`);
      const corner = after.get(i);
      if (spikes && corner) points.push(corner);
    }
    return doc(`<polygon points="${points.join(' ')}"/>`);
  }

  it('keeps the corners a drawing reaches, however many points come between', () => {
    const round = cleanSvg(spikedCircle(false), { fit: { size: 24, padding: 2 } }).report.keyline;
    expect(round?.keyline).toBe('circle');
    expect(round?.reach).toBeCloseTo(Math.SQRT1_2, 3);
    const spiked = cleanSvg(spikedCircle(true), { fit: { size: 24, padding: 2 } }).report.keyline;
    expect(spiked?.reach).toBeCloseTo(1, 6);
    expect(spiked?.keyline).toBe('square');
  });
});

import { describe, expect, it } from 'vitest';
import { cleanSvg } from '../../../core/svg/clean-svg';
import { svgArt } from '../../../dev/mock/svg-art';
import { iconSubject } from '../../../dev/mock/svg-icons';
import { drawnColors, elements } from '../svg/fixtures/inspect';
import { DEMO_SET_SUBJECTS } from '../../../dev/demo-set';

const ISSUE_SUBJECTS = DEMO_SET_SUBJECTS;
/** Subjects the mock has no drawing of: they get one picked by their seed. */
const OTHER_SUBJECTS = [
  'rocket',
  'anchor',
  'puzzle',
  'leaf',
  'compass',
  'trophy',
  'umbrella',
  'key',
  'gift',
  'flag',
  'globe',
  'tag',
  'scissors',
  'paint brush',
  'lightning',
  'feather',
  'crown',
  'coffee',
  'music',
  'microphone',
  'headphones',
  'printer',
  'truck',
  'bicycle',
];
const STYLE = 'outline, rounded corners, 2 px stroke, minimal';
const iconSvg = (subject: string, style = STYLE) => svgArt(`${subject} icon, ${style}`, 1024, 1024);

describe('mock icons: which prompts are icons', () => {
  it('reads the subject of a set-shaped prompt, and leaves sentences and other uses of the word alone', () => {
    expect(iconSubject('bell icon, outline, 2 px stroke')).toBe('bell');
    expect(iconSubject('shopping cart icon')).toBe('shopping cart');
    expect(iconSubject('  Credit Card icon ,flat')).toBe('Credit Card');
    expect(iconSubject('a red fox icon')).toBeUndefined();
    expect(iconSubject('outline icon 0 for a banking app')).toBeUndefined();
    expect(iconSubject('outline icon: a bell (figma)')).toBeUndefined();
    expect(iconSubject('a mountain at dawn')).toBeUndefined();
    expect(iconSubject('icon, outline')).toBeUndefined();
  });

  it('keeps the scene art for other prompts', () => {
    const scene = svgArt('a red fox icon', 1024, 1024);
    expect(elements(scene, ['path', 'circle', 'polygon', 'rect']).length).toBeGreaterThanOrEqual(5);
    expect(scene).not.toContain('transform=');
  });
});

describe('mock icons: the drawing', () => {
  it('draws each subject the same every time, whatever its case', () => {
    for (const subject of [...ISSUE_SUBJECTS, ...OTHER_SUBJECTS.slice(0, 4)]) {
      expect(iconSvg(subject)).toBe(iconSvg(subject));
      expect(iconSvg(subject.toUpperCase())).toBe(iconSvg(subject));
    }
  });

  it('gives every subject of a 36-icon set its own drawing', () => {
    const drawings = [...ISSUE_SUBJECTS, ...OTHER_SUBJECTS].map((subject) => {
      const svg = iconSvg(subject);
      return svg.slice(svg.indexOf('<g'));
    });
    expect(new Set(drawings).size).toBe(drawings.length);
  });

  it('starts with a full-canvas background rectangle that the SVG pipeline removes', () => {
    for (const [width, height] of [
      [1024, 1024],
      [1536, 768],
    ] as const) {
      const svg = svgArt(`bell icon, ${STYLE}`, width, height);
      const first = elements(svg)[1]!;
      expect(first.name).toBe('rect');
      expect(Object.fromEntries(first.attrs)).toMatchObject({
        x: '0',
        y: '0',
        width: String(width),
        height: String(height),
      });
      const cleaned = cleanSvg(svg, { removeBackground: true, fit: { size: 24, padding: 2 } });
      expect(cleaned.report.backgroundRemoved).toBe(true);
      expect(drawnColors(cleaned.svg).has(first.attrs.get('fill')!)).toBe(false);
    }
  });

  it('draws in one or two colours on its background, shared by every icon of the same style', () => {
    const background = (svg: string) => elements(svg)[1]!.attrs.get('fill')!;
    const colours = (svg: string) => {
      const all = drawnColors(svg);
      all.delete(background(svg));
      return [...all].sort();
    };
    const set = [...ISSUE_SUBJECTS, ...OTHER_SUBJECTS].map((subject) => iconSvg(subject));
    for (const svg of set) {
      expect(colours(svg).length).toBeGreaterThanOrEqual(1);
      expect(colours(svg).length).toBeLessThanOrEqual(2);
      expect(background(svg)).toBe(background(set[0]!));
    }
    const used = new Set(set.flatMap(colours));
    expect(used.size).toBe(2);
    const otherStyle = iconSvg('bell', 'solid, flat, brand colours');
    expect(background(otherStyle)).not.toBe(background(set[0]!));
  });

  it('outlines by default and fills closed shapes in a solid style', () => {
    const paths = (svg: string) => elements(svg, ['path']).map((p) => Object.fromEntries(p.attrs));
    const outline = paths(iconSvg('heart'));
    expect(outline.length).toBeGreaterThan(0);
    for (const p of outline) expect(p).toMatchObject({ fill: 'none', 'stroke-width': '2' });
    const solid = paths(iconSvg('heart', 'solid'));
    for (const p of solid) {
      expect(p.fill).toMatch(/^#[0-9a-f]{6}$/);
      expect(p.stroke).toBeUndefined();
    }
    // Open strokes stay strokes: a filled magnifier keeps its handle.
    const search = paths(iconSvg('search', 'solid'));
    expect(search.map((p) => p.fill === 'none')).toEqual([false, true]);
  });

  it('keeps the drawing inside the canvas with a margin, centred', () => {
    const svg = iconSvg('square');
    const group = elements(svg, ['g'])[0]!;
    expect(group.attrs.get('transform')).toMatch(/^translate\(143\.4 143\.4\) scale\(30\.72\d*\)$/);
    // The known square spans 3..21 of the 24-unit grid: what the optical fit is checked against.
    expect(elements(svg, ['path'])[0]!.attrs.get('d')).toBe('M3 3h18v18h-18z');
  });
});

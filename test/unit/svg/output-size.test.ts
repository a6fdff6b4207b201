/** cleanSvg reports the size it drew the output at, so the insertion path lays it out without parsing it again. */
import { describe, expect, it } from 'vitest';
import { cleanSvg } from '../../../core/svg/clean-svg';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const DRAWING = '<rect x="10" y="10" width="20" height="20" fill="#e63946"/>';

describe('cleanSvg report.size', () => {
  it('is the root’s own size when nothing is requested', () => {
    const { report } = cleanSvg(`<svg ${NS} width="64px" height="32">${DRAWING}</svg>`);
    expect(report.size).toEqual({ width: 64, height: 32 });
  });

  it('is the viewBox’s size for a root that states none', () => {
    const { report } = cleanSvg(`<svg ${NS} viewBox="0 0 200 100">${DRAWING}</svg>`);
    expect(report.size).toEqual({ width: 200, height: 100 });
  });

  it('is the requested size, and keeps the aspect ratio when one side is asked', () => {
    const svg = `<svg ${NS} viewBox="0 0 200 100">${DRAWING}</svg>`;
    expect(cleanSvg(svg, { width: 1024, height: 1024 }).report.size).toEqual({ width: 1024, height: 1024 });
    expect(cleanSvg(svg, { width: 400 }).report.size).toEqual({ width: 400, height: 200 });
  });

  it('is the icon frame’s square once the drawing is fitted', () => {
    const svg = `<svg ${NS} width="1024" height="1024">${DRAWING}</svg>`;
    const { report } = cleanSvg(svg, { width: 1024, height: 1024, fit: { size: 24, padding: 2 } });
    expect(report.size).toEqual({ width: 24, height: 24 });
  });
});

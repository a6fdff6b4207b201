import { describe, expect, it } from 'vitest';
import { cleanSvg } from '../../../core/svg/clean-svg';
import { SvgRejectedError } from '../../../core/svg/errors';
import type { SvgRejection } from '../../../core/svg/types';
import { CLEANED, REJECTED } from './fixtures/hostile';
import { elements, expectSafe } from './fixtures/inspect';

function rejection(svg: string, options = {}): SvgRejectedError {
  try {
    cleanSvg(svg, options);
  } catch (error) {
    if (error instanceof SvgRejectedError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('hostile SVG that must be cleaned', () => {
  it.each(CLEANED)('$name', ({ svg, removed }) => {
    const result = cleanSvg(svg, { simplify: true });
    expectSafe(result.svg);
    for (const key of removed) expect(result.report.removed[key], `removed.${key}`).toBeGreaterThan(0);
    // The harmless shape next to the attack survives.
    expect(elements(result.svg, ['rect']).some((rect) => rect.attrs.get('id') === 'keep')).toBe(true);
    // Cleaning is stable: the output is already clean.
    expect(cleanSvg(result.svg, { simplify: true }).svg).toBe(result.svg);
  });

  it('keeps internal references working while dropping external ones', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">' +
      '<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient><path id="p" d="M0 0h4v4z"/></defs>' +
      '<use xlink:href="#p" x="2"/><rect width="5" height="5" fill="url(#g)" clip-path="url(&quot;#g&quot;)"/></svg>';
    const result = cleanSvg(svg);
    expectSafe(result.svg);
    expect(result.svg).toContain('xlink:href="#p"');
    expect(result.svg).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(result.svg).toContain('fill="url(#g)"');
    expect(result.report.removed).toEqual({});
  });
});

describe('hostile SVG that must be refused', () => {
  it.each(REJECTED)('$name → $reason', ({ svg, reason }) => {
    const error = rejection(svg);
    expect(error.reason).toBe(reason);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('says what is wrong in words, with the line of malformed XML', () => {
    expect(rejection('<svg xmlns="http://www.w3.org/2000/svg"><text>&bomb;</text></svg>').message).toBe(
      'The SVG declares entities, which are not allowed: it references the entity "&bomb;"',
    );
    expect(rejection('<svg>\n<g>\n</rect></svg>').message).toBe(
      'The SVG is not well-formed XML: </rect> closes <g> (line 3)',
    );
    expect(rejection('<html/>').message).toBe('The file is not an SVG: its root element is <html>');
  });
});

describe('limits', () => {
  const nested = (depth: number): string =>
    '<svg xmlns="http://www.w3.org/2000/svg">' +
    '<g>'.repeat(depth - 1) +
    '</g>'.repeat(depth - 1) +
    '</svg>';
  const many = (count: number): string =>
    '<svg xmlns="http://www.w3.org/2000/svg">' + '<rect/>'.repeat(count - 1) + '</svg>';
  const reason = (svg: string, options = {}): SvgRejection => rejection(svg, options).reason;

  it('refuses input over the byte limit (8 MB by default), counted in UTF-8', () => {
    const body = '<svg xmlns="http://www.w3.org/2000/svg"><text>';
    const big = body + 'x'.repeat(8 * 1024 * 1024) + '</text></svg>';
    expect(reason(big)).toBe('too-large');
    expect(rejection(big).message).toContain('8 MB');
    // 400 two-byte characters are 800 bytes: over a 700-byte limit though only ~460 UTF-16 units.
    const accented = body + 'é'.repeat(400) + '</text></svg>';
    expect(reason(accented, { limits: { maxBytes: 700 } })).toBe('too-large');
    expect(cleanSvg(accented, { limits: { maxBytes: 1000 } }).report.bytesIn).toBe(body.length + 800 + 13);
  });

  it('refuses nesting deeper than 64 levels, accepts 64', () => {
    expect(reason(nested(65))).toBe('too-deep');
    expect(() => cleanSvg(nested(64))).not.toThrow();
    expect(reason(nested(10), { limits: { maxDepth: 9 } })).toBe('too-deep');
    expect(reason('<svg xmlns="http://www.w3.org/2000/svg">' + '<g>'.repeat(5000))).toBe('too-deep');
  });

  it('refuses more than 50 000 elements, accepts 50 000', () => {
    expect(reason(many(50_001))).toBe('too-many-elements');
    expect(cleanSvg(many(50_000)).report.elementsIn).toBe(50_000);
  });

  it('refuses <use> chains that expand past the element limit (a use bomb)', () => {
    let defs = '<g id="l0"><rect width="1" height="1"/></g>';
    for (let level = 1; level <= 8; level++) {
      defs += `<g id="l${level}">` + `<use href="#l${level - 1}"/>`.repeat(10) + '</g>';
    }
    const bomb = `<svg xmlns="http://www.w3.org/2000/svg"><defs>${defs}</defs><use href="#l8"/></svg>`;
    expect(bomb.length).toBeLessThan(3000);
    expect(reason(bomb)).toBe('too-many-elements');
  });

  it('refuses <use> chains nested past the depth limit', () => {
    let chain = '<rect id="u0" width="1" height="1"/>';
    for (let i = 1; i <= 80; i++) chain += `<use id="u${i}" href="#u${i - 1}"/>`;
    expect(reason(`<svg xmlns="http://www.w3.org/2000/svg">${chain}</svg>`)).toBe('too-deep');
  });
});

describe('links', () => {
  it('unwraps a link into a group, or a tspan inside text, keeping what it wraps', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="https://example.com"><rect width="1" height="1"/></a>' +
      '<text>see <a href="https://example.com">here</a></text></svg>';
    const result = cleanSvg(svg);
    expect(result.svg).toContain('<g><rect width="1" height="1"/></g>');
    expect(result.svg).toContain('<text>see <tspan>here</tspan></text>');
    expect(result.report.removed).toEqual({ a: 2, '@href': 2 });
  });
});

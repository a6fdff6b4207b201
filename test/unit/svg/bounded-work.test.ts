import { describe, expect, it } from 'vitest';
import { DEFAULT_SVG_LIMITS } from '../../../core/svg/limits';
import { parseXml } from '../../../core/svg/parse-xml';
import { seededRandom } from '../../../dev/seeded-random';
import { ADVERSARIAL, ALL_OPTIONS, NS, randomNesting, randomWhitespace } from './fixtures/adversarial';
import { shapeCount } from './fixtures/inspect';
import { expectOutcome } from './fixtures/well-formed';

/** Visits per input element the stages that revisit (references, bounds, simplify) may make, at most. */
const VISITS_PER_ELEMENT = 8;

describe('the adversarial corpus, with every option on', () => {
  it.each(ADVERSARIAL)('$name → $expected', ({ svg, expected }) => {
    const result = expectOutcome(svg, expected, ALL_OPTIONS);
    if (result) {
      expect(result.report.work.elementsVisited).toBeLessThanOrEqual(
        VISITS_PER_ELEMENT * result.report.elementsIn,
      );
    }
  });
});

describe('work stays proportional to the input', () => {
  it('62 levels of groups around 40 000 paths: each path visited, merged and written once', () => {
    const svg = `<svg ${NS} viewBox="0 0 100 100">${'<g>'.repeat(62)}${'<path d="M1 1h2v2z" fill="red"/>'.repeat(40_000)}${'</g>'.repeat(62)}</svg>`;
    const result = expectOutcome(svg, 'clean', ALL_OPTIONS);
    const n = result?.report.elementsIn ?? 0;
    expect(n).toBe(40_063);
    // The reference check (twice: graph, then walk), the icon frame's bounds and simplify: 4 per element.
    expect(result?.report.work.elementsVisited).toBeLessThanOrEqual(4 * n);
    expect(shapeCount(result?.svg ?? '')).toBe(40_000);
  });

  it('deep nesting (seeded): refused past 64 levels, else clean in work ≤ k·n', () => {
    const random = seededRandom(64);
    for (let i = 0; i < 80; i++) {
      const sample = randomNesting(random);
      const result = expectOutcome(sample.svg, sample.expected, ALL_OPTIONS);
      if (result) {
        expect(result.report.elementsIn, sample.name).toBe(sample.elements);
        expect(result.report.work.elementsVisited, sample.name).toBeLessThanOrEqual(
          VISITS_PER_ELEMENT * sample.elements,
        );
      }
    }
  });

  it('long whitespace runs (seeded) wherever a scan could backtrack: clean', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 40; i++) {
      const sample = randomWhitespace(random);
      try {
        expectOutcome(sample.svg, sample.expected, ALL_OPTIONS);
      } catch (error) {
        throw new Error(`${sample.name}: ${String(error)}`, { cause: error });
      }
    }
  });

  it('thousands of namespace declarations under thousands more: one scope entry each, not a copy', () => {
    const svg = `<svg ${NS} ${Array.from({ length: 20_000 }, (_, i) => `xmlns:a${i}="urn:x"`).join(' ')}>${'<g xmlns:b="urn:y"><a0:x/></g>'.repeat(20_000)}</svg>`;
    const result = expectOutcome(svg, 'clean');
    expect(result?.report.removed['a0:x']).toBe(20_000);
  });

  it('the parser refuses past the element and depth limits as each element opens', () => {
    const deep = `<svg ${NS}>${'<g>'.repeat(200_000)}`;
    expect(() => parseXml(deep, DEFAULT_SVG_LIMITS)).toThrow(/nests its elements too deeply/);
    const many = `<svg ${NS}>${'<g/>'.repeat(DEFAULT_SVG_LIMITS.maxElements + 10)}</svg>`;
    expect(() => parseXml(many, DEFAULT_SVG_LIMITS)).toThrow(/too many elements/);
  });
});

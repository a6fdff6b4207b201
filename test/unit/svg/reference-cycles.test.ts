import { describe, expect, it } from 'vitest';
import type { cleanSvg } from '../../../core/svg/clean-svg';
import { forEachElement, type SvgElement } from '../../../core/svg/tree';
import { seededRandom } from '../../../dev/seeded-random';
import {
  ALL_OPTIONS,
  cycleThrough,
  NS,
  randomCycle,
  referenceBomb,
  REFERENCE_KINDS,
  wrap,
} from './fixtures/adversarial';
import { elements, reparse } from './fixtures/inspect';
import { expectOutcome } from './fixtures/well-formed';

/** Elements per input element the reference-following stages may visit, however the references loop. */
const VISITS_PER_ELEMENT = 8;

/** Ids an element references directly (href, url(#id) in any attribute): checked independently of the pipeline. */
function directReferences(element: SvgElement): string[] {
  const out: string[] = [];
  for (const [name, value] of element.attrs) {
    if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) out.push(value.slice(1));
    for (const match of value.matchAll(/url\(\s*['"]?#([^\s)'"]+)/g)) out.push(match[1] as string);
  }
  return out;
}

/** Fails when the output still holds a cycle through children and direct references. */
function expectAcyclic(svg: string): void {
  const root = reparse(svg);
  const ids = new Map<string, SvgElement>();
  forEachElement(root, (element) => {
    const id = element.attrs.get('id');
    if (id !== undefined && !ids.has(id)) ids.set(id, element);
  });
  const state = new Map<SvgElement, 'open' | 'done'>();
  const visit = (element: SvgElement, path: string[]): void => {
    state.set(element, 'open');
    const next = [
      ...element.children.filter((child): child is SvgElement => child.kind === 'element'),
      ...directReferences(element).flatMap((id) => (ids.has(id) ? [ids.get(id) as SvgElement] : [])),
    ];
    for (const target of next) {
      const seen = state.get(target);
      expect(seen, `a cycle remains: ${[...path, target.name].join(' → ')}`).not.toBe('open');
      if (seen === undefined) visit(target, [...path, target.name]);
    }
    state.set(element, 'done');
  };
  visit(root, ['svg']);
}

function expectCleanWithoutCycle(svg: string): ReturnType<typeof cleanSvg> {
  const result = expectOutcome(svg, 'clean', ALL_OPTIONS);
  if (!result) throw new Error('unreachable');
  expectAcyclic(result.svg);
  expect(Object.keys(result.report.removed).length, 'something was dropped').toBeGreaterThan(0);
  expect(result.report.work.elementsVisited).toBeLessThanOrEqual(
    VISITS_PER_ELEMENT * result.report.elementsIn,
  );
  return result;
}

describe('reference cycles: the element whose reference closes the cycle is dropped', () => {
  it('a clip path holding shapes that use the same clip path', () => {
    const result = expectCleanWithoutCycle(
      wrap(
        '<clipPath id="c"><rect width="9" height="9" clip-path="url(#c)"/><rect width="9" height="9" clip-path="url(#c)"/></clipPath>' +
          '<rect width="50" height="50" clip-path="url(#c)"/>',
      ),
    );
    expect(result.report.removed.rect).toBe(2);
    // The shape outside the cycle stays, clipped by what is left of the clip path.
    expect(elements(result.svg, ['rect']).map((rect) => rect.attrs.get('clip-path'))).toContain('url(#c)');
  });

  it('a clip path reaching itself through <use>', () => {
    const result = expectCleanWithoutCycle(
      wrap(
        '<clipPath id="c"><use href="#x"/></clipPath><g id="x" clip-path="url(#c)"><rect width="5" height="5"/></g>',
      ),
    );
    expect(result.report.removed.use).toBe(1);
  });

  it('a chain a → b → a of <use>', () => {
    expectCleanWithoutCycle(cycleThrough(['use', 'use']));
  });

  it.each(Object.keys(REFERENCE_KINDS))('an element referencing its own container through %s', (kind) => {
    expectCleanWithoutCycle(cycleThrough([kind]));
  });

  it.each(Object.keys(REFERENCE_KINDS))('a two-step cycle from %s through every other kind', (kind) => {
    for (const other of Object.keys(REFERENCE_KINDS)) expectCleanWithoutCycle(cycleThrough([kind, other]));
  });

  it('shapes inheriting a pattern fill from the root, inside that pattern', () => {
    const svg = `<svg ${NS} viewBox="0 0 9 9" fill="url(#p)"><pattern id="p" width="1" height="1"><rect id="in" width="1" height="1"/></pattern><rect id="keep" width="5" height="5"/></svg>`;
    const result = expectCleanWithoutCycle(svg);
    expect(elements(result.svg).map((element) => element.attrs.get('id'))).toEqual([undefined, 'p', 'keep']);
  });

  it('the root referencing itself loses its id, the drawing stays', () => {
    const result = expectOutcome(
      `<svg ${NS} id="r" viewBox="0 0 9 9" clip-path="url(#r)"><rect width="5" height="5"/></svg>`,
      'clean',
    );
    expect(result?.report.removed).toEqual({ '@id': 1 });
    expect(elements(result?.svg ?? '', ['rect'])).toHaveLength(1);
  });

  it('a later duplicate id loses it, so a dropped element never turns a reference towards another', () => {
    const result = expectCleanWithoutCycle(
      wrap('<g id="x"><use href="#x"/></g><g id="x"><rect width="1" height="1"/></g><use href="#x"/>'),
    );
    expect(result.report.removed['@id']).toBe(1);
    expect(elements(result.svg).filter((element) => element.attrs.get('id') === 'x')).toHaveLength(1);
  });

  it('random cycles (seeded): any length, any mix of kinds, always clean and acyclic', () => {
    const random = seededRandom(2024);
    for (let i = 0; i < 150; i++) {
      const sample = randomCycle(random);
      try {
        expectCleanWithoutCycle(sample.svg);
      } catch (error) {
        throw new Error(`${sample.name}: ${String(error)}`, { cause: error });
      }
    }
  });
});

describe('expansion budgets: what a renderer would instantiate is measured, not built', () => {
  it.each([
    ['use', 8, 10],
    ['clip-path', 40, 2],
    ['pattern', 20, 4],
    ['marker', 20, 4],
    ['stylesheet', 25, 3],
  ] as const)('refuses a %s bomb (%i levels × %i)', (kind, levels, fanOut) => {
    const svg = referenceBomb(kind, levels, fanOut);
    expect(svg.length).toBeLessThan(8000); // a few KB
    expectOutcome(svg, 'too-many-elements', ALL_OPTIONS);
  });

  it('refuses one long path drawn thousands of times: too many characters to read', () => {
    const svg = wrap(
      `<defs><path id="p" d="M0 0${'l1 1'.repeat(100_000)}"/></defs>${'<use href="#p"/>'.repeat(4000)}`,
    );
    expectOutcome(svg, 'too-large', ALL_OPTIONS);
  });

  it('accepts a fan-out within budget, with work proportional to the expansion', () => {
    const bomb = referenceBomb('use', 3, 10); // 1 000 copies of one rect
    const result = expectOutcome(bomb, 'clean', ALL_OPTIONS);
    const work = result?.report.work;
    expect(work?.elementsVisited).toBeGreaterThan(1000);
    expect(work?.elementsVisited).toBeLessThanOrEqual(
      4 * 1111 + VISITS_PER_ELEMENT * (result?.report.elementsIn ?? 0),
    );
  });

  it('measures a diamond of 30 levels (2^30 paths) from memoised sizes, and refuses it', () => {
    expectOutcome(referenceBomb('use', 30, 2), 'too-many-elements', ALL_OPTIONS);
  });
});

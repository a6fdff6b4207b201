/**
 * What the SVG pipeline emits is parsed by the hosts as XML: every cleaned
 * output of the adversarial corpus (each attack class, and seeded random
 * variations) must be accepted by Chromium's own XML parser, with every
 * option on and with none. Refusals are the unit tests' business.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanSvg } from '../../core/svg/clean-svg';
import { SvgRejectedError } from '../../core/svg/errors';
import type { CleanSvgOptions } from '../../core/svg/types';
import { seededRandom } from '../../dev/seeded-random';
import { ALL_OPTIONS, adversarialCorpus } from '../unit/svg/fixtures/adversarial';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
});
afterAll(() => browser?.close());

function cleanedOutputs(options: CleanSvgOptions): { name: string; svg: string }[] {
  const outputs: { name: string; svg: string }[] = [];
  for (const sample of adversarialCorpus(seededRandom(7), 40)) {
    try {
      outputs.push({ name: sample.name, svg: cleanSvg(sample.svg, options).svg });
    } catch (error) {
      if (!(error instanceof SvgRejectedError)) throw error;
    }
  }
  return outputs;
}

describe.each([
  ['every option on', ALL_OPTIONS],
  ['no options', {}],
] as const)('cleaned adversarial SVG, %s', (_label, options) => {
  it("is well-formed for Chromium's XML parser", async () => {
    const outputs = cleanedOutputs(options);
    expect(outputs.length).toBeGreaterThan(50);
    const page = await browser!.newPage();
    const refused = await page.evaluate((list) => {
      const parser = new DOMParser();
      return list
        .filter(({ svg }) => {
          const doc = parser.parseFromString(svg, 'image/svg+xml');
          return (
            doc.getElementsByTagName('parsererror').length > 0 || doc.documentElement.localName !== 'svg'
          );
        })
        .map(({ name }) => name);
    }, outputs);
    await page.close();
    expect(refused).toEqual([]);
  });
});

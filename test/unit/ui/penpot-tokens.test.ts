/**
 * The Penpot look is @penpot/plugin-styles' tokens, copied into ui/styles.css rather than bundled (its
 * stylesheet is 3 KB gzip and loads a web font the window's CSP refuses). This keeps the copy equal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const published = readFileSync('node_modules/@penpot/plugin-styles/styles.css', 'utf8');
const ours = readFileSync('ui/styles.css', 'utf8');

const token = (name: string) => published.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{3,8})`, 'i'))?.[1];

/** Our variable in a Penpot block, the published token it copies. */
const COPIES: Record<string, readonly (readonly [string, string])[]> = {
  "[data-host='penpot'] {": [
    ['bg', 'lb-primary'],
    ['bg2', 'lb-tertiary'],
    ['fg', 'lf-primary'],
    ['fg2', 'lf-secondary'],
    ['accent', 'la-primary'],
  ],
  "[data-host='penpot'][data-theme='dark'] {": [
    ['bg', 'db-primary'],
    ['bg2', 'db-tertiary'],
    ['fg', 'df-primary'],
    ['fg2', 'df-secondary'],
    ['accent', 'da-primary'],
  ],
};

describe("Penpot's tokens", () => {
  for (const [selector, pairs] of Object.entries(COPIES)) {
    it(`${selector} copies @penpot/plugin-styles`, () => {
      const start = ours.indexOf(selector);
      expect(start).toBeGreaterThan(-1);
      const block = ours.slice(start, ours.indexOf('}', start));
      for (const [ours, theirs] of pairs) {
        const value = block.match(new RegExp(`--${ours}:\\s*(#[0-9a-f]{3,8})`, 'i'))?.[1];
        expect(value?.toLowerCase(), ours).toBe(token(theirs)?.toLowerCase());
      }
    });
  }

  it('never wears Figma blue in Penpot', () => {
    const penpot = ours.slice(ours.indexOf("[data-host='penpot'] {"));
    expect(penpot.slice(0, penpot.indexOf('* {'))).not.toMatch(/#0a6dc2|#0d99ff/i);
  });
});

import { describe, expect, it } from 'vitest';
import { nodeName } from '../../../plugin/node-name';
import { STAGGER_GAP, STAGGER_WINDOW_MS, Stagger } from '../../../plugin/stagger';

describe('nodeName', () => {
  it('is the prompt on one line, trimmed', () => {
    expect(nodeName('  a red\n\tfox  ')).toBe('a red fox');
  });

  it('cuts long prompts to about 60 characters with an ellipsis', () => {
    const name = nodeName('word '.repeat(40));
    expect(name.length).toBeLessThanOrEqual(60);
    expect(name.endsWith('…')).toBe(true);
  });

  it('has a fallback for an empty or missing prompt', () => {
    expect(nodeName('   ')).toBe('Recraft result');
    expect(nodeName(undefined)).toBe('Recraft result');
  });
});

describe('Stagger', () => {
  it('lays results close in time side by side, per place, and starts again after a pause', () => {
    let now = 0;
    const stagger = new Stagger(() => now);
    expect(stagger.next('viewport', 100)).toBe(0);
    now += 1000;
    expect(stagger.next('viewport', 50)).toBe(100 + STAGGER_GAP);
    expect(stagger.next('frame-1', 50)).toBe(0);
    expect(stagger.next('viewport', 10)).toBe(150 + 2 * STAGGER_GAP);
    now += STAGGER_WINDOW_MS;
    expect(stagger.next('viewport', 10)).toBe(0);
  });

  it('spaces small icons by their own width, like an icon grid', () => {
    const stagger = new Stagger(() => 0);
    expect(stagger.next('viewport', 24)).toBe(0);
    expect(stagger.next('viewport', 24)).toBe(48);
    expect(stagger.next('viewport', 24)).toBe(96);
  });
});

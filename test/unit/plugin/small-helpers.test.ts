import { describe, expect, it } from 'vitest';
import { nodeName } from '../../../plugin/node-name';

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

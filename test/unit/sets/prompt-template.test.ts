import { describe, expect, it } from 'vitest';
import { iconPrompt } from '../../../core/sets/prompt-template';
import { DEFAULT_SET_TEMPLATE } from '../../../core/sets/types';

describe('iconPrompt', () => {
  it('fills the default template with the subject and the shared style', () => {
    expect(iconPrompt(DEFAULT_SET_TEMPLATE, 'bell', 'outline, rounded corners, 2 px stroke, minimal')).toBe(
      'bell icon, outline, rounded corners, 2 px stroke, minimal',
    );
  });

  it('replaces every occurrence, in any template', () => {
    expect(iconPrompt('{style}: a {subject}, just one {subject}', 'cart', 'flat')).toBe(
      'flat: a cart, just one cart',
    );
    expect(iconPrompt('{subject}', 'lock', 'ignored')).toBe('lock');
  });

  it('fills once: a subject or style holding a field name stays as typed', () => {
    expect(iconPrompt('{subject} icon, {style}', 'my {style}', '{subject} look')).toBe(
      'my {style} icon, {subject} look',
    );
  });

  it('tidies what an empty style or stray spaces leave behind', () => {
    expect(iconPrompt(DEFAULT_SET_TEMPLATE, 'bell', '')).toBe('bell icon');
    expect(iconPrompt(DEFAULT_SET_TEMPLATE, '  bell ', '   ')).toBe('bell icon');
    expect(iconPrompt('{style}, {subject} icon', 'bell', '')).toBe('bell icon');
    expect(iconPrompt('{subject} ,, icon ,{style}', 'shopping  cart', 'thin\nline')).toBe(
      'shopping cart, icon, thin line',
    );
  });

  it('leaves text without fields as it is, tidied', () => {
    expect(iconPrompt('  a plain   prompt ', 'x', 'y')).toBe('a plain prompt');
  });
});

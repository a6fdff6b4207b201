import { describe, expect, it } from 'vitest';
import { TOAST_MAX_CHARS, toastText } from '../../core/toast-text';

describe('toastText', () => {
  it('cuts long text to what a host toast holds, marking the cut', () => {
    expect(TOAST_MAX_CHARS).toBe(100);
    expect(toastText('x'.repeat(300))).toHaveLength(100);
    expect(toastText('x'.repeat(300)).endsWith('…')).toBe(true);
    expect(toastText('x'.repeat(100))).toBe('x'.repeat(100));
  });

  it('leaves short text alone', () => {
    expect(toastText('short')).toBe('short');
    expect(toastText('')).toBe('');
  });
});

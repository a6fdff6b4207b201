import { describe, expect, it } from 'vitest';
import { defaultPadding, needsConfirmation, setCostLabel, setCredits } from '../../../core/sets/set-cost';
import { DEFAULT_CONFIRM_CREDITS, SET_ICON_SIZES } from '../../../core/sets/types';

describe('set cost', () => {
  it("is subjects × variants × the model's credits", () => {
    expect(setCredits(12, 1, 'recraft-v4-text-to-vector')).toBe(240);
    expect(setCredits(12, 2, 'recraft-v4-text-to-vector')).toBe(480);
    expect(setCredits(48, 4, 'recraft-v4-pro-text-to-vector')).toBe(48 * 4 * 70);
    expect(setCredits(3, 1, 'grok-imagine')).toBe(15);
  });

  it('shows the sum on the button, variants only when more than one', () => {
    expect(setCostLabel(12, 1, 'recraft-v4-text-to-vector')).toBe('Generate set · 12 × 20 = 240 credits');
    expect(setCostLabel(12, 2, 'recraft-v4-text-to-vector')).toBe('Generate set · 12 × 2 × 20 = 480 credits');
  });

  it('asks for a confirmation above the threshold, 200 credits unless the designer set another', () => {
    expect(DEFAULT_CONFIRM_CREDITS).toBe(200);
    expect(needsConfirmation(200)).toBe(false);
    expect(needsConfirmation(201)).toBe(true);
    expect(needsConfirmation(240, 500)).toBe(false);
    expect(needsConfirmation(60, 0)).toBe(true);
  });

  it('starts the padding at a twelfth of the size, at least 1 px', () => {
    expect(SET_ICON_SIZES.map(defaultPadding)).toEqual([1, 2, 2, 3, 4]);
    expect(defaultPadding(8)).toBe(1);
  });
});

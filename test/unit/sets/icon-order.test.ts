import { describe, expect, it } from 'vitest';
import { comesBefore, sameSubject } from '../../../core/sets/icon-order';
import type { IconMeta } from '../../../core/sets/types';

function icon(index: number, variant: number, setId = 'set-1'): IconMeta {
  return {
    setId,
    subject: `s${index}`,
    index,
    variant,
    prefix: 'icon',
    iconSize: 24,
    padding: 2,
    colour: { mode: 'keep', mono: '#000000', palette: [] },
  };
}

describe('a set icon’s list position', () => {
  it('puts earlier subjects, then earlier variants of the same subject, before it', () => {
    expect(comesBefore(icon(1, 3), 2, 1)).toBe(true);
    expect(comesBefore(icon(2, 1), 2, 2)).toBe(true);
    expect(comesBefore(icon(2, 2), 2, 2)).toBe(false);
    expect(comesBefore(icon(3, 1), 2, 2)).toBe(false);
  });

  it('with no variant, counts only earlier subjects', () => {
    expect(comesBefore(icon(1, 2), 2)).toBe(true);
    expect(comesBefore(icon(2, 1), 2)).toBe(false);
  });

  it('puts a child that is not a set icon last', () => {
    expect(comesBefore(undefined, 0)).toBe(false);
    expect(comesBefore(undefined, 99, 99)).toBe(false);
  });

  it('knows a landed variant of the same subject of the same set', () => {
    expect(sameSubject(icon(2, 1), icon(2, 2))).toBe(true);
    expect(sameSubject(icon(2, 1, 'set-2'), icon(2, 2))).toBe(false);
    expect(sameSubject(icon(3, 1), icon(2, 2))).toBe(false);
    expect(sameSubject(undefined, icon(2, 2))).toBe(false);
  });
});

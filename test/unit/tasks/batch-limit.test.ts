import { describe, expect, it } from 'vitest';
import {
  BATCH_MAX,
  BATCH_MIN,
  BATCH_RANGE_TEXT,
  clampBatch,
  isBatchCount,
} from '../../../core/tasks/batch-limit';

describe('batch limit', () => {
  it('is 1 to 8, and says so', () => {
    expect([BATCH_MIN, BATCH_MAX]).toEqual([1, 8]);
    expect(BATCH_RANGE_TEXT).toBe('1 to 8');
  });

  it('takes only whole counts inside the limit', () => {
    for (const good of [1, 4, 8]) expect(isBatchCount(good), String(good)).toBe(true);
    for (const bad of [0, 9, 10, 2.5, -1, Number.NaN, Infinity, '4', undefined]) {
      expect(isBatchCount(bad), String(bad)).toBe(false);
    }
  });

  it('clamps to the nearest count inside the limit', () => {
    expect(clampBatch(0)).toBe(1);
    expect(clampBatch(9)).toBe(8);
    expect(clampBatch(999)).toBe(8);
    expect(clampBatch(2.6)).toBe(3);
    expect(clampBatch(Number.NaN)).toBe(1);
  });
});

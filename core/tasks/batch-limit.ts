/**
 * How many images one press of Generate may make. One limit for the form
 * (the Images field and its sentences) and for the sandbox reading saved
 * settings, so a count the form refuses is never read back as valid, and a
 * corrupt stored value never spends more credits than the form allows.
 */
export const BATCH_MIN = 1;
export const BATCH_MAX = 8;

/** "1 to 8": the sentences that state the limit are built from it, never typed out. */
export const BATCH_RANGE_TEXT = `${BATCH_MIN} to ${BATCH_MAX}`;

/** A whole number of images one press may make. */
export function isBatchCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= BATCH_MIN && value <= BATCH_MAX;
}

/** The nearest count one press may make; anything not a finite number (empty, NaN) becomes BATCH_MIN. */
export function clampBatch(value: number): number {
  if (!Number.isFinite(value)) return BATCH_MIN;
  return Math.min(BATCH_MAX, Math.max(BATCH_MIN, Math.round(value)));
}

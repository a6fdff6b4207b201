/**
 * The plugin window's size: the one rule for what it opens at and what a resize may ask for, so the stored
 * size, the UI's request and the host's call never disagree. Remembered per user (STORE_KEYS.uiSize).
 */

export interface UiSize {
  readonly width: number;
  readonly height: number;
}

/** What the window opens at until the designer resizes it: the main form fits without scrolling. */
export const DEFAULT_UI_SIZE: UiSize = { width: 360, height: 620 };

/** Narrower than this the form's rows wrap; beyond the maximums a window covers the canvas it works on. */
export const UI_SIZE_LIMITS = { minWidth: 300, maxWidth: 1000, minHeight: 400, maxHeight: 1200 } as const;

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(n)));

/** Whole pixels within the limits. */
export function clampUiSize(width: number, height: number): UiSize {
  const l = UI_SIZE_LIMITS;
  return { width: clamp(width, l.minWidth, l.maxWidth), height: clamp(height, l.minHeight, l.maxHeight) };
}

/** A stored size, clamped; the default when storage holds none (or damage). */
export function readUiSize(value: unknown): UiSize {
  const v = value as Partial<UiSize> | null;
  if (typeof v !== 'object' || v === null) return DEFAULT_UI_SIZE;
  const { width, height } = v;
  if (typeof width !== 'number' || !Number.isFinite(width)) return DEFAULT_UI_SIZE;
  if (typeof height !== 'number' || !Number.isFinite(height)) return DEFAULT_UI_SIZE;
  return clampUiSize(width, height);
}

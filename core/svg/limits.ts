import type { SvgLimits } from './types';

/**
 * Every budget of the pipeline, in one place. On Figma the pipeline runs on the editor's main thread, so
 * each stage is linear in its input and each budget ends in an SvgRejectedError, never in a frozen tab.
 * Defaults: Recraft's largest vectors are a few MB with thousands of paths, nested a few levels, and use
 * few references (a gradient or a clip path per shape at most).
 */
export const DEFAULT_SVG_LIMITS: SvgLimits = {
  maxBytes: 8 * 1024 * 1024,
  maxDepth: 64,
  maxElements: 50_000,
  maxExpandedElements: 250_000,
  maxExpandedChars: 32 * 1024 * 1024,
  maxVisits: 2_000_000,
  maxReferencesFollowed: 2_000_000,
};

/**
 * Largest magnitude of any number in the input or the output, in user units. A billion is far past any
 * drawing, yet far from overflow after transforms and rounding (1e9 × 10^8 stays an exact-enough double).
 */
export const MAX_NUMBER = 1e9;

export function resolveLimits(limits: Partial<SvgLimits> | undefined): SvgLimits {
  return { ...DEFAULT_SVG_LIMITS, ...limits };
}

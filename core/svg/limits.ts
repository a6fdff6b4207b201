import type { SvgLimits } from './types';

/** Defaults: Recraft's largest vectors are a few MB with thousands of paths, nested a few levels. */
export const DEFAULT_SVG_LIMITS: SvgLimits = {
  maxBytes: 8 * 1024 * 1024,
  maxDepth: 64,
  maxElements: 50_000,
};

export function resolveLimits(limits: Partial<SvgLimits> | undefined): SvgLimits {
  return { ...DEFAULT_SVG_LIMITS, ...limits };
}

/**
 * Deterministic randomness for the mock's artwork: the same prompt always
 * draws the same picture, a different prompt a visibly different one.
 */

/** FNV-1a over UTF-16 code units, finished with a murmur-style mix so close prompts diverge. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A small seeded generator (mulberry32) with the helpers the artwork needs. */
export interface Random {
  /** In [0, 1). */
  next(): number;
  /** In [min, max). */
  range(min: number, max: number): number;
  int(min: number, maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const range = (min: number, max: number): number => min + (max - min) * next();
  const int = (min: number, maxExclusive: number): number => Math.floor(range(min, maxExclusive));
  return {
    next,
    range,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length)]!,
  };
}

export function randomFor(prompt: string): Random {
  return createRandom(hashString(prompt.trim().toLowerCase()));
}

/**
 * Deterministic randomness for the mock's artwork: the same prompt always
 * draws the same picture, a different prompt a visibly different one.
 */
import { seededRandom } from '../seeded-random';

/** FNV-1a over UTF-16 code units, finished with a murmur-style mix so close prompts diverge. */
function hashString(text: string): number {
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

function createRandom(seed: number): Random {
  const next = seededRandom(seed);
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

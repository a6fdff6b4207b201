/**
 * Where a set's icon goes among its container's children, on every host: the container keeps them in list
 * order (the subject's index, then the variant), whatever order they finish in. A child that is not one of
 * the set's icons (no meta) goes last.
 */
import type { IconMeta } from './types';

/** Does `other` come before the icon at list position `index`, variant `variant` (0: before its first)? */
export function comesBefore(other: IconMeta | undefined, index: number, variant = 0): boolean {
  if (!other) return false;
  return other.index < index || (other.index === index && other.variant < variant);
}

/** Is `other` one of the same set's icons for the same subject (a variant already landed)? */
export function sameSubject(other: IconMeta | undefined, icon: IconMeta): boolean {
  return other?.setId === icon.setId && other.index === icon.index;
}

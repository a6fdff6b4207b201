/**
 * Small structural checks for values that crossed a boundary (a message
 * between the realms, a value read back from storage): what their types
 * claim, checked field by field, never thrown on.
 */
export type Check<T> = (value: unknown) => value is T;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isPositiveNumber = (v: unknown): v is number => isFiniteNumber(v) && v > 0;

/** Absent, or passing `check`. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (v: unknown): v is T | undefined => v === undefined || check(v);
}

/** An array whose every item passes `check`. */
export function arrayOf<T>(check: Check<T>): Check<T[]> {
  return (v: unknown): v is T[] => Array.isArray(v) && v.every((item) => check(item));
}

/** One of the listed literals. */
export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
}

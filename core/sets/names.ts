/**
 * What a set's layers are called. Each icon is a component named
 * `${prefix}/${subject}`: the subject as typed, lower-cased, its inner spaces
 * kept as the designer wrote them; the prefix without leading or trailing
 * slashes (inner ones group, as design tools read them). Variants of one
 * subject are told apart by the property `Option=1…N`.
 *
 * @example
 * componentName(' /icon/ ', ' Shopping  Cart '); // 'icon/shopping  cart'
 * variantName(2);                                  // 'Option=2'
 */
import type { UserError } from '../api/errors';
import { setNameEmpty, setNameTooLong, setPrefixEmpty, setPrefixTooLong } from '../errors/sets';
import { userError } from '../errors/user-error';

export const MAX_PREFIX_CHARS = 40;
export const MAX_SET_NAME_CHARS = 60;

/** The prefix as names use it: trimmed, no slash (or space) at either end. */
export function cleanPrefix(prefix: string): string {
  return prefix.replace(/^[\s/]+|[\s/]+$/g, '');
}

export function componentName(prefix: string, subject: string): string {
  return `${cleanPrefix(prefix)}/${subject.trim().toLowerCase()}`;
}

/** A variant's property, `Option=n` (1-based). */
export function variantName(variant: number): string {
  return `Option=${variant}`;
}

/** Why the prefix cannot name the icons, or undefined when it can. */
export function prefixError(prefix: string): UserError | undefined {
  const clean = cleanPrefix(prefix);
  if (clean === '') return userError(setPrefixEmpty);
  if (clean.length > MAX_PREFIX_CHARS) return userError(setPrefixTooLong, MAX_PREFIX_CHARS);
  return undefined;
}

/** Why the set name cannot name its container, or undefined when it can. */
export function setNameError(name: string): UserError | undefined {
  const clean = name.trim();
  if (clean === '') return userError(setNameEmpty);
  if (clean.length > MAX_SET_NAME_CHARS) return userError(setNameTooLong, MAX_SET_NAME_CHARS);
  return undefined;
}

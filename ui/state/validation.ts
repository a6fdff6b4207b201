/**
 * Checks on what the designer typed. Each returns a sentence to show, or
 * undefined when the value is fine. Nothing here changes what they typed.
 */
import { normaliseApiBase } from '../../core/api/api-base';
import { normaliseHex } from '../../core/color/hex';
import { PROMPT_MAX, PROMPT_MIN } from '../../core/models/catalogue';

/** Characters as the designer counts them (code points, not UTF-16 units). */
export function promptLength(prompt: string): number {
  return [...prompt.trim()].length;
}

export function promptProblem(prompt: string): string | undefined {
  const length = promptLength(prompt);
  if (length === 0) return 'Type a prompt';
  if (length < PROMPT_MIN) return `Prompt needs at least ${PROMPT_MIN} characters`;
  if (length > PROMPT_MAX) {
    return `Prompt is too long: ${length} / ${PROMPT_MAX} characters, remove ${length - PROMPT_MAX}`;
  }
  return undefined;
}

export interface PaletteParse {
  readonly colours: string[];
  /** The entries that are not hex colours, as typed. */
  readonly invalid: string[];
}

/** Splits a comma/space separated list of hex colours; duplicates are dropped. */
export function parsePalette(text: string): PaletteParse {
  const colours: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    if (!part) continue;
    const hex = normaliseHex(part);
    if (!hex) invalid.push(part);
    else if (!colours.includes(hex)) colours.push(hex);
  }
  return { colours, invalid };
}

export function paletteProblem(text: string): string | undefined {
  const { colours, invalid } = parsePalette(text);
  if (invalid.length) return `Not a hex colour: ${invalid.slice(0, 3).join(', ')}`;
  if (!colours.length) return 'Add at least one colour to the palette, e.g. #1e88e5';
  return undefined;
}

/** Shown while the padding typed does not fit the picked icon frame. */
export function iconPaddingProblem(size: string): string {
  return `Padding must be a number of px from 0 to less than half of ${size}`;
}

export function monoProblem(text: string): string | undefined {
  return normaliseHex(text) ? undefined : 'Colour must be a hex colour such as #1e88e5';
}

/** Generate (either form) before a key is saved. */
export const NO_KEY_PROBLEM = 'Save your API key first';

/** Generate pressed again while the last press's requests are still going out. */
export const SENDING_PROBLEM = 'Wait until the requests are sent';

export const CONFIRM_PROBLEM = 'Confirm above must be a whole number of credits';

export function apiBaseProblem(text: string): string | undefined {
  return normaliseApiBase(text) ? undefined : 'Enter an http(s) URL such as https://apiin.one/api/v1';
}

export function keyProblem(text: string): string | undefined {
  const key = text.trim();
  if (!key) return 'Paste your API key';
  if (/\s/.test(key)) return 'An API key has no spaces';
  return undefined;
}

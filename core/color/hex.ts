/**
 * The one hex colour rule. A colour the plugin keeps (palette, mono, the
 * document's colours) is "#rgb" or "#rrggbb" in any case, kept as lower-case
 * "#rrggbb"; the UI, the sandbox's saved settings and both hosts' colour
 * readers take exactly the same ones. A drawing's CSS may also carry alpha
 * ("#rgba", "#rrggbbaa"): parseColor reads those with parseHex, built on
 * the same digit rule.
 *
 * @example
 * normaliseHex('#ABC');  // '#aabbcc'
 * normaliseHex('1E88E5'); // '#1e88e5' (typed without "#")
 * parseHex('#0000ff80'); // { r: 0, g: 0, b: 255, a: 128 / 255 }
 */
import { fromRgbNumber, type Rgba } from './rgba';

/** 3, 4, 6 or 8 hex digits expanded to 6 or 8 lower-case ones ("abc" → "aabbcc"); undefined otherwise. */
function expandDigits(digits: string): string | undefined {
  // Length first: a long run is refused without scanning it.
  if (digits.length !== 3 && digits.length !== 4 && digits.length !== 6 && digits.length !== 8) {
    return undefined;
  }
  if (!/^[0-9a-f]+$/i.test(digits)) return undefined;
  const lower = digits.toLowerCase();
  return lower.length <= 4 ? lower.replace(/./g, (digit) => digit + digit) : lower;
}

/**
 * "#rgb" or "#rrggbb", any case, surrounding spaces ignored → "#rrggbb";
 * undefined for anything else (alpha included: a kept colour is opaque).
 * The "#" may be left out, as designers often type a palette.
 */
export function normaliseHex(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const digits = text.charCodeAt(0) === 35 /* # */ ? text.slice(1) : text;
  if (digits.length !== 3 && digits.length !== 6) return undefined;
  const full = expandDigits(digits);
  return full === undefined ? undefined : `#${full}`;
}

/** A CSS hex colour, "#" required: "#rgb", "#rgba", "#rrggbb" or "#rrggbbaa", any case. */
export function parseHex(text: string): Rgba | undefined {
  if (text.charCodeAt(0) !== 35 /* # */) return undefined;
  const full = expandDigits(text.slice(1));
  if (full === undefined) return undefined;
  const alpha = full.length === 8 ? parseInt(full.slice(6), 16) / 255 : 1;
  return fromRgbNumber(parseInt(full.slice(0, 6), 16), alpha);
}

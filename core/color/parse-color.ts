import { parseHex } from './hex';
import { namedColor } from './named-colors';
import { fromRgbNumber, type Rgba } from './rgba';

/**
 * Parses a CSS colour: #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() and
 * hsl()/hsla() (comma or space syntax, percentages, hue units), the named
 * colours and `transparent`. Anything else (none, currentColor, url(...),
 * inherit, a typo) gives undefined: callers leave such values alone.
 */
export function parseColor(text: string): Rgba | undefined {
  const value = text.trim().toLowerCase();
  if (value.charCodeAt(0) === 35 /* # */) return parseHex(value);
  const open = value.indexOf('(');
  if (open < 0) {
    if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
    const named = namedColor(value);
    return named === undefined ? undefined : fromRgbNumber(named);
  }
  if (value.charCodeAt(value.length - 1) !== 41 /* ) */) return undefined;
  const fn = value.slice(0, open).trim();
  const args = splitArgs(value.slice(open + 1, -1));
  if (!args) return undefined;
  if (fn === 'rgb' || fn === 'rgba') return parseRgbArgs(args);
  if (fn === 'hsl' || fn === 'hsla') return parseHslArgs(args);
  return undefined;
}

/** "1, 2, 3, .5" or "1 2 3 / .5" into four strings (the last may be absent). */
function splitArgs(inner: string): string[] | undefined {
  const slash = inner.split('/');
  if (slash.length > 2) return undefined;
  const main = slash[0] ?? '';
  const parts = main.indexOf(',') >= 0 ? main.split(',') : main.trim().split(/\s+/);
  const args = parts.map((part) => part.trim());
  if (slash.length === 2) {
    if (args.length !== 3 || main.indexOf(',') >= 0) return undefined;
    args.push((slash[1] ?? '').trim());
  }
  if (args.length < 3 || args.length > 4 || args.some((arg) => arg === '')) return undefined;
  return args;
}

/** CSS number syntax, written so no two quantifiers compete for the same digits (no quadratic backtracking). */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/;

/** A finite number: "1e999" is no channel value (it would turn hues into NaN). */
function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const value = parseFloat(text);
  return isFinite(value) ? value : undefined;
}

/** A channel: a number 0..255 or a percentage. */
function parseChannel(text: string): number | undefined {
  const percent = text.endsWith('%');
  const value = parseNumber(percent ? text.slice(0, -1) : text);
  if (value === undefined) return undefined;
  return clamp(percent ? (value * 255) / 100 : value, 0, 255);
}

function parseAlpha(text: string | undefined): number | undefined {
  if (text === undefined) return 1;
  const percent = text.endsWith('%');
  const value = parseNumber(percent ? text.slice(0, -1) : text);
  if (value === undefined) return undefined;
  return clamp(percent ? value / 100 : value, 0, 1);
}

function parseRgbArgs(args: string[]): Rgba | undefined {
  const r = parseChannel(args[0] ?? '');
  const g = parseChannel(args[1] ?? '');
  const b = parseChannel(args[2] ?? '');
  const a = parseAlpha(args[3]);
  if (r === undefined || g === undefined || b === undefined || a === undefined) return undefined;
  return { r, g, b, a };
}

/** A Map: a unit spelled "constructor" must be unknown, not Object.prototype's member. */
const HUE_UNITS = new Map([
  ['deg', 1],
  ['grad', 0.9],
  ['rad', 180 / Math.PI],
  ['turn', 360],
]);

function parseHue(text: string): number | undefined {
  // The unit by index: an unanchored /[a-z]+$/ rescans every run of letters from each of its starts.
  let start = text.length;
  while (start > 0 && text.charCodeAt(start - 1) >= 97 && text.charCodeAt(start - 1) <= 122) start--;
  const factor = start < text.length ? HUE_UNITS.get(text.slice(start)) : 1;
  const value = parseNumber(text.slice(0, start));
  if (value === undefined || factor === undefined) return undefined;
  return (((value * factor) % 360) + 360) % 360;
}

function parsePercent(text: string): number | undefined {
  // CSS Color 4 allows bare numbers in hsl(); treat them as percentages.
  const value = parseNumber(text.endsWith('%') ? text.slice(0, -1) : text);
  return value === undefined ? undefined : clamp(value / 100, 0, 1);
}

function parseHslArgs(args: string[]): Rgba | undefined {
  const h = parseHue(args[0] ?? '');
  const s = parsePercent(args[1] ?? '');
  const l = parsePercent(args[2] ?? '');
  const a = parseAlpha(args[3]);
  if (h === undefined || s === undefined || l === undefined || a === undefined) return undefined;
  const chroma = s * Math.min(l, 1 - l);
  const channel = (n: number): number => {
    const k = (n + h / 30) % 12;
    return 255 * (l - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return { r: channel(0), g: channel(8), b: channel(4), a };
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

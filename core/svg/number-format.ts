/**
 * Short number text for SVG output: rounded to `decimals` places when
 * given, no leading zero (".5", "-.5"), never "-0".
 */
export function shortNumber(value: number, decimals?: number): string {
  if (decimals === undefined) return trimLeadingZero(String(value));
  const factor = POW10[decimals] ?? Math.pow(10, decimals);
  return scaledNumber(Math.round(value * factor), decimals);
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
const ZEROS = '0000000000';

/** 10^decimals, from a table for the usual cases. */
export function pow10(decimals: number): number {
  return POW10[decimals] ?? Math.pow(10, decimals);
}

/**
 * Text of `scaled / 10^decimals` for an integer `scaled`, built with integer
 * arithmetic: several times faster than String() on a fraction, and exact.
 */
function scaledNumber(scaled: number, decimals: number): string {
  if (scaled === 0) return '0';
  if (decimals === 0) return String(scaled);
  const factor = pow10(decimals);
  const magnitude = scaled < 0 ? -scaled : scaled;
  if (magnitude >= 9e15) return trimLeadingZero(String(scaled / factor));
  const whole = Math.floor(magnitude / factor);
  let fraction = magnitude - whole * factor;
  const sign = scaled < 0 ? '-' : '';
  if (fraction === 0) return sign + String(whole);
  let places = decimals;
  while (fraction % 10 === 0) {
    fraction /= 10;
    places--;
  }
  const digits = String(fraction);
  const padded = digits.length < places ? ZEROS.slice(0, places - digits.length) + digits : digits;
  return sign + (whole === 0 ? '' : String(whole)) + '.' + padded;
}

function trimLeadingZero(text: string): string {
  if (text.charCodeAt(0) === 48 /* 0 */ && text.charCodeAt(1) === 46 /* . */) return text.slice(1);
  if (text.charCodeAt(0) === 45 /* - */ && text.charCodeAt(1) === 48 && text.charCodeAt(2) === 46) {
    return '-' + text.slice(2);
  }
  return text;
}

/** Appends a number to compact number-list text, with a separator only where one is needed. */
export function appendNumber(out: string, previous: string, next: string): string {
  if (previous === '' || next.charCodeAt(0) === 45 /* - */) return out + next;
  if (next.charCodeAt(0) === 46 /* . */ && previous.indexOf('.') >= 0 && previous.indexOf('e') < 0)
    return out + next;
  return out + ' ' + next;
}

/** Decimal places that keep rounding error under `step` user units. */
export function decimalsFor(step: number): number | undefined {
  if (!(step > 0) || !isFinite(step)) return undefined;
  return Math.min(8, Math.max(0, Math.ceil(-Math.log10(step))));
}

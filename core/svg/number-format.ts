/**
 * Short number text for SVG output: rounded to `decimals` places when
 * given, no leading zero (".5", "-.5"), never "-0" or an exponent that
 * rounding could have avoided.
 */
export function shortNumber(value: number, decimals?: number): string {
  let text: string;
  if (decimals === undefined) text = String(value);
  else {
    const factor = POW10[decimals] ?? Math.pow(10, decimals);
    const rounded = Math.round(value * factor) / factor;
    text = String(rounded === 0 ? 0 : rounded);
    if (text.indexOf('e') >= 0) text = trimZeros(rounded.toFixed(decimals));
  }
  if (text.charCodeAt(0) === 48 /* 0 */ && text.charCodeAt(1) === 46 /* . */) return text.slice(1);
  if (text.charCodeAt(0) === 45 /* - */ && text.charCodeAt(1) === 48 && text.charCodeAt(2) === 46) {
    return '-' + text.slice(2);
  }
  return text;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

function trimZeros(text: string): string {
  return text.indexOf('.') < 0 ? text : text.replace(/\.?0+$/, '');
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

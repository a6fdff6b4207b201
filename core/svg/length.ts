import { isNumberText, NUMBER_SOURCE } from './number-syntax';

/** Numbers, lengths and viewBoxes of SVG attributes. */

/** Matched on trimmed text: `^\s*…\s*$` around optional parts backtracks quadratically over long space runs. */
const LENGTH = new RegExp(`^(${NUMBER_SOURCE})\\s*([a-zA-Z%]*)$`);
/** A Map: a unit spelled "constructor" must be unknown, not Object.prototype's member. */
const UNIT_PX = new Map([
  ['', 1],
  ['px', 1],
  ['in', 96],
  ['cm', 96 / 2.54],
  ['mm', 96 / 25.4],
  ['pt', 4 / 3],
  ['pc', 16],
]);

export function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  return isNumberText(trimmed) ? parseFloat(trimmed) : undefined;
}

/** A length in user units; percentages resolve against `reference` when given; em, ex and friends do not resolve. */
export function parseLength(text: string | undefined, reference?: number): number | undefined {
  if (text === undefined) return undefined;
  const match = LENGTH.exec(text.trim());
  if (!match) return undefined;
  const value = parseFloat(match[1] ?? '');
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '%') return reference === undefined ? undefined : (value * reference) / 100;
  const factor = UNIT_PX.get(unit);
  return factor === undefined ? undefined : value * factor;
}

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Four numbers, positive width and height; anything else is no viewBox at all. */
export function parseViewBox(text: string | undefined): ViewBox | undefined {
  const numbers =
    text === undefined
      ? []
      : text
          .trim()
          .split(/[\s,]+/)
          .map(parseNumber);
  if (numbers.length !== 4) return undefined;
  const [x, y, width, height] = numbers;
  if (x === undefined || y === undefined || width === undefined || height === undefined) return undefined;
  if (!(width > 0 && height > 0)) return undefined;
  return { x, y, width, height };
}

export function formatViewBox(box: ViewBox): string {
  return [box.x, box.y, box.width, box.height].map((n) => formatNumber(n)).join(' ');
}

/** A number rounded to `decimals` places, written short (no "-0", no trailing zeros). */
export function formatNumber(value: number, decimals = 6): string {
  const factor = Math.pow(10, decimals);
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? '0' : String(rounded);
}

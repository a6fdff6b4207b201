/** Numbers, lengths and viewBoxes of SVG attributes. */

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const UNIT_PX: Record<string, number> = {
  '': 1,
  px: 1,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  pt: 4 / 3,
  pc: 16,
};

export function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? parseFloat(trimmed) : undefined;
}

/** A length in user units; percentages resolve against `reference` when given; em, ex and friends do not resolve. */
export function parseLength(text: string | undefined, reference?: number): number | undefined {
  if (text === undefined) return undefined;
  const match = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z%]*)\s*$/.exec(text);
  if (!match) return undefined;
  const value = parseFloat(match[1] ?? '');
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '%') return reference === undefined ? undefined : (value * reference) / 100;
  const factor = UNIT_PX[unit];
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

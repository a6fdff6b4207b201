import { numberMatcher, numbersIn } from './number-syntax';

/** An affine transform [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer` applied after `inner` (a parent's transform times a child's). */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [A, B, C, D, E, F] = inner;
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f];
}

export function translation(x: number, y: number): Matrix {
  return [1, 0, 0, 1, x, y];
}

/** How much the transform scales lengths on average (√|det|): used for stroke widths and precision. */
export function scaleOf(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/** One function and the separator before it; `\s*,?\s*` would backtrack quadratically over a space run. */
const FUNCTION = /\s*(?:,\s*)?(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^()]*)\)/y;

/** Parses a transform list; undefined when it is not valid (browsers then ignore the attribute). */
export function parseTransform(text: string | undefined): Matrix | undefined {
  if (text === undefined) return undefined;
  let matrix = IDENTITY;
  FUNCTION.lastIndex = 0;
  const source = text.trim();
  while (FUNCTION.lastIndex < source.length) {
    const start = FUNCTION.lastIndex;
    const match = FUNCTION.exec(source);
    if (!match || match.index !== start) return undefined;
    const args = numbersIn(match[2] ?? '');
    if ((match[2] ?? '').replace(numberMatcher(), '').replace(/[\s,]/g, '') !== '') return undefined;
    const step = transformFunction(match[1] ?? '', args);
    if (!step) return undefined;
    matrix = multiply(matrix, step);
  }
  return matrix;
}

function transformFunction(name: string, args: number[]): Matrix | undefined {
  const [p = 0, q, r] = args;
  const rad = (p * Math.PI) / 180;
  switch (name) {
    case 'matrix':
      return args.length === 6 ? (args as unknown as Matrix) : undefined;
    case 'translate':
      return args.length === 1 || args.length === 2 ? translation(p, q ?? 0) : undefined;
    case 'scale':
      return args.length === 1 || args.length === 2 ? [p, 0, 0, q ?? p, 0, 0] : undefined;
    case 'rotate': {
      if (args.length !== 1 && args.length !== 3) return undefined;
      const rotation: Matrix = [Math.cos(rad), Math.sin(rad), -Math.sin(rad), Math.cos(rad), 0, 0];
      if (args.length === 1) return rotation;
      return multiply(translation(q ?? 0, r ?? 0), multiply(rotation, translation(-(q ?? 0), -(r ?? 0))));
    }
    case 'skewX':
      return args.length === 1 ? [1, 0, Math.tan(rad), 1, 0, 0] : undefined;
    case 'skewY':
      return args.length === 1 ? [1, Math.tan(rad), 0, 1, 0, 0] : undefined;
    default:
      return undefined;
  }
}

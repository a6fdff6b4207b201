import { appendNumber, shortNumber } from './number-format';
import type { PathData } from './path-data';

/**
 * Writes path data compactly: repeated command letters omitted, minimal
 * separators, numbers rounded to `decimals` (or exact when undefined).
 * Relative coordinates are rounded against the already-rounded current
 * point, so error never accumulates along a subpath.
 */
export function formatPathData(data: PathData, decimals?: number): string {
  const { codes, nums } = data;
  const factor = decimals === undefined ? 0 : Math.pow(10, decimals);
  const round = (v: number): number => (decimals === undefined ? v : Math.round(v * factor) / factor);
  /** The number to write for `value` given from `base` (exact) while the output stands at `written`. */
  const coordinate = (value: number, base: number, written: number): number =>
    decimals === undefined ? value : round(base + value - written);
  let out = '';
  let last = ''; // last number written, '' after a letter
  let x = 0,
    y = 0,
    rx = 0,
    ry = 0; // exact and rounded current point
  let sx = 0,
    sy = 0,
    rsx = 0,
    rsy = 0; // exact and rounded subpath start
  let previous = 0;
  let n = 0;
  const write = (value: number): void => {
    const text = shortNumber(value, decimals);
    out = appendNumber(out, last, text);
    last = text;
  };
  const raw = (text: string): void => {
    out = appendNumber(out, last, text);
    last = text;
  };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    const relative = code >= 97;
    const upper = relative ? code - 32 : code;
    if (!impliedLetter(code, previous)) {
      out += String.fromCharCode(code);
      last = '';
    }
    previous = code;
    const baseX = relative ? x : 0,
      baseY = relative ? y : 0;
    const roundX = relative ? rx : 0,
      roundY = relative ? ry : 0;
    /** Writes a point given relative to the segment start (or absolute), returns its rounded absolute position. */
    const point = (k: number): [number, number] => {
      const ox = coordinate(nums[n + k] ?? 0, baseX, roundX);
      const oy = coordinate(nums[n + k + 1] ?? 0, baseY, roundY);
      write(ox);
      write(oy);
      return [roundX + ox, roundY + oy];
    };
    const end = (k: number): void => {
      [rx, ry] = point(k);
      x = baseX + (nums[n + k] ?? 0);
      y = baseY + (nums[n + k + 1] ?? 0);
    };
    switch (upper) {
      case 77:
        end(0);
        sx = x;
        sy = y;
        rsx = rx;
        rsy = ry;
        n += 2;
        break;
      case 76:
      case 84:
        end(0);
        n += 2;
        break;
      case 72: {
        const o = coordinate(nums[n] ?? 0, baseX, roundX);
        write(o);
        rx = roundX + o;
        x = baseX + (nums[n] ?? 0);
        n += 1;
        break;
      }
      case 86: {
        const o = coordinate(nums[n] ?? 0, baseY, roundY);
        write(o);
        ry = roundY + o;
        y = baseY + (nums[n] ?? 0);
        n += 1;
        break;
      }
      case 67:
        point(0);
        point(2);
        end(4);
        n += 6;
        break;
      case 83:
      case 81:
        point(0);
        end(2);
        n += 4;
        break;
      case 65:
        write(round(nums[n] ?? 0));
        write(round(nums[n + 1] ?? 0));
        raw(shortNumber(nums[n + 2] ?? 0)); // rotation: exact, its error scales with the radius
        raw(String(nums[n + 3]));
        raw(String(nums[n + 4]));
        end(5);
        n += 7;
        break;
      case 90:
        x = sx;
        y = sy;
        rx = rsx;
        ry = rsy;
        break;
    }
  }
  return out;
}

/** Whether a segment's letter may be left out: a repeat, or the lineto implied after a moveto. */
function impliedLetter(code: number, previous: number): boolean {
  if (code === previous) return code !== 77 && code !== 109 && code !== 90 && code !== 122;
  return (previous === 77 && code === 76) || (previous === 109 && code === 108);
}

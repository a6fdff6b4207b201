/**
 * Path data ("d") parsed into two flat arrays: one command char code per
 * segment (implicit repeats made explicit, so "M0 0 1 1" gives M then L) and
 * all numbers in order. Flat arrays keep thousands of paths cheap.
 */
export interface PathData {
  readonly codes: number[];
  readonly nums: number[];
  /** False when the data has an error: per SVG, only the segments before it are drawn (and kept here). */
  readonly complete: boolean;
}

const ARITY = new Int8Array(128).fill(-1);
for (const [letters, arity] of [
  ['Mm', 2],
  ['Ll', 2],
  ['Hh', 1],
  ['Vv', 1],
  ['Cc', 6],
  ['Ss', 4],
  ['Qq', 4],
  ['Tt', 2],
  ['Aa', 7],
  ['Zz', 0],
] as const) {
  for (const letter of letters) ARITY[letter.charCodeAt(0)] = arity;
}

/** Numbers per segment of a command (by char code), -1 when it is not a command. */
function arityOf(code: number): number {
  return code < 128 ? (ARITY[code] ?? -1) : -1;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
let parsedValue = 0;

/** Reads a number at `start` into parsedValue; returns its end, or -1. Exact for up to 15 digits. */
function readNumber(s: string, start: number): number {
  let i = start;
  let c = s.charCodeAt(i);
  const negative = c === 45;
  if (negative || c === 43) c = s.charCodeAt(++i);
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  for (; c >= 48 && c <= 57; c = s.charCodeAt(++i), digits++) mantissa = mantissa * 10 + (c - 48);
  if (c === 46) {
    for (c = s.charCodeAt(++i); c >= 48 && c <= 57; c = s.charCodeAt(++i), digits++, decimals++) {
      mantissa = mantissa * 10 + (c - 48);
    }
  }
  if (digits === 0) return -1;
  let exact = digits <= 15;
  if (c === 101 || c === 69) {
    let j = i + 1;
    const sign = s.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    const first = s.charCodeAt(j);
    if (first >= 48 && first <= 57) {
      while (s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      i = j;
      exact = false;
    }
  }
  if (exact) {
    const magnitude = decimals ? mantissa / (POW10[decimals] ?? 1) : mantissa;
    parsedValue = negative ? -magnitude : magnitude;
  } else parsedValue = parseFloat(s.slice(start, i));
  return i;
}

function skipSeparators(s: string, start: number, comma: boolean): number {
  let i = start;
  let c = s.charCodeAt(i);
  while (c === 32 || c === 10 || c === 9 || c === 13 || (comma && c === 44)) {
    if (c === 44) comma = false;
    c = s.charCodeAt(++i);
  }
  return i;
}

export function parsePathData(d: string): PathData {
  const codes: number[] = [];
  const nums: number[] = [];
  let i = skipSeparators(d, 0, false);
  let command = 0;
  while (i < d.length) {
    const c = d.charCodeAt(i);
    if (arityOf(c) >= 0) {
      if (codes.length === 0 && c !== 77 && c !== 109) break; // must start with a moveto
      command = c;
      i = skipSeparators(d, i + 1, false);
      if (arityOf(c) === 0) {
        codes.push(c);
        continue;
      }
    } else if (arityOf(command) <= 0) break;
    else if (command === 77)
      command = 76; // implicit lineto after moveto
    else if (command === 109) command = 108;
    const end = readSegment(d, i, command, nums);
    if (end < 0) break;
    codes.push(command);
    i = skipSeparators(d, end, true);
  }
  return { codes, nums, complete: i >= d.length };
}

/** Reads one segment's numbers into `nums` (rolled back on error); returns the end index or -1. */
function readSegment(d: string, start: number, command: number, nums: number[]): number {
  const arity = arityOf(command);
  const arc = command === 65 || command === 97;
  const before = nums.length;
  let i = start;
  for (let k = 0; k < arity; k++) {
    if (k > 0) i = skipSeparators(d, i, true);
    if (arc && (k === 3 || k === 4)) {
      const flag = d.charCodeAt(i);
      if (flag !== 48 && flag !== 49) i = -1;
      else {
        nums.push(flag - 48);
        i++;
      }
    } else {
      i = readNumber(d, i);
      if (i >= 0) nums.push(parsedValue);
    }
    if (i < 0) {
      nums.length = before;
      return -1;
    }
  }
  return i;
}

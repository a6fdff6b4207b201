import { MAX_NUMBER } from './limits';
import { IDENTITY, multiply, parseTransform, type Matrix } from './matrix';
import { numberMatcher } from './number-syntax';
import type { SvgElement } from './tree';
import { nestedViewport } from './viewport';

/** Attributes holding names or references: "a1e999" there is a name, not a number. */
const NAMES = new Set(['id', 'class', 'href', 'xlink:href', 'in', 'in2', 'result', 'style']);
/** Font families may well be called "Nano" or "Infinity Sans". */
const FREE_WORDS = new Set(['font-family', 'font']);
/** Infinity or NaN as a word: "luminanceToAlpha" holds "nan" and is a keyword. */
const NOT_FINITE_WORD = /(?:^|[^a-z])(?:infinity|nan)(?![a-z])/i;
/** Path data: no command is an i or an n, so either letter is a spelled-out number ("M0 0LNaN"). */
const PATH_WORD = /[in]/i;
const URL_ARGUMENT = /url\([^)]*\)/g;
/** A hex colour is digits, not a number: "#0ea5e9" holds "5e9" and is sky blue. */
const HEX_COLOUR = /#[0-9a-f]+/gi;
/**
 * A number past MAX_NUMBER has an exponent or a run of as many digits as MAX_NUMBER has: a first look
 * over megabytes of path data. Two plain patterns: `[\d.][eE]|\d{n}` in one costs four times more.
 */
const EXPONENT = /[eE]/;
const LONG_DIGITS = new RegExp(`\\d{${String(Math.floor(MAX_NUMBER)).length}}`);

/**
 * Whether a value (of attribute or CSS property `name`) holds a number that is not finite or is past
 * MAX_NUMBER, or spells Infinity or NaN. Inside url(...) is an id and a hex colour digits, not numbers.
 */
export function hasBadNumber(name: string, value: string): boolean {
  if (NAMES.has(name)) return false;
  let text = value.indexOf('url(') >= 0 ? value.replace(URL_ARGUMENT, '') : value;
  if (text.indexOf('#') >= 0) text = text.replace(HEX_COLOUR, '');
  if (!FREE_WORDS.has(name) && (name === 'd' ? PATH_WORD : NOT_FINITE_WORD).test(text)) return true;
  if (!EXPONENT.test(text) && !LONG_DIGITS.test(text)) return false;
  const numbers = numberMatcher();
  for (let match = numbers.exec(text); match; match = numbers.exec(text)) {
    if (!(Math.abs(parseFloat(match[0])) <= MAX_NUMBER)) return true;
  }
  return false;
}

/**
 * Drops every element that carries a bad number in an attribute, or whose transforms multiplied down the
 * tree leave MAX_NUMBER (nested scale(1e9) overflow to Infinity), with its subtree: a renderer cannot
 * place it, and "Infinity" must not reach a host importer nor any bounds computed here. The root cannot
 * be dropped: its attribute goes instead, as a browser ignores an invalid value, and normalise computes
 * the viewBox and size itself; if what it computes is out of range, root-geometry.ts refuses the file.
 * (Style declarations with bad numbers go earlier, in the sanitiser, as CSS drops an invalid one.)
 */
export function dropBadNumbers(root: SvgElement, count: (key: string) => void): void {
  for (const [name, value] of [...root.attrs]) {
    if (hasBadNumber(name, value) && root.attrs.delete(name)) count('@' + name);
  }
  let own = parseTransform(root.attrs.get('transform'));
  if (own && !inRange(own)) {
    root.attrs.delete('transform');
    count('@transform');
    own = undefined;
  }
  dropInChildren(root, own ?? IDENTITY, count);
}

function dropInChildren(element: SvgElement, parent: Matrix, count: (key: string) => void): void {
  element.children = element.children.filter((child) => {
    if (child.kind !== 'element') return true;
    const placed = badAttribute(child) ? undefined : placedIn(child, parent);
    if (!placed) {
      count('number:' + child.name);
      return false;
    }
    dropInChildren(child, placed, count);
    return true;
  });
}

/** The element's transform after its parent's, or undefined when an entry leaves MAX_NUMBER. */
function placedIn(element: SvgElement, parent: Matrix): Matrix | undefined {
  const own = parseTransform(element.attrs.get('transform'));
  if (!own && element.name !== 'svg') return parent;
  let m = own ? multiply(parent, own) : parent;
  if (element.name === 'svg') m = multiply(m, nestedViewport(element));
  return inRange(m) ? m : undefined;
}

function inRange(m: Matrix): boolean {
  return m.every((entry) => Math.abs(entry) <= MAX_NUMBER);
}

function badAttribute(element: SvgElement): string | undefined {
  for (const [name, value] of element.attrs) if (hasBadNumber(name, value)) return name;
  return undefined;
}

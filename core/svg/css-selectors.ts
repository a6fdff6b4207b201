import { ALLOWED_ELEMENTS } from './allowlist';

/** One compound selector: an optional SVG element type, then #ids and .classes (at least one part). */
export interface Compound {
  readonly type: string | undefined;
  readonly ids: readonly string[];
  readonly classes: readonly string[];
}

export interface ScopedSelector {
  /** Compounds left to right; the last is the one an element must match itself. */
  readonly compounds: readonly Compound[];
  /** Normalised text: one space around every combinator, so no "-->" or "]]>" can form. */
  readonly text: string;
}

const COMBINATORS = new Set([62 /* > */, 43 /* + */, 126 /* ~ */]);

/**
 * Parses a selector list whose every selector can only match SVG elements: element types of the
 * allowlist, #ids and .classes, joined by descendant, ">", "+" or "~" combinators. Anything else gives
 * undefined, and the sanitiser drops the rule: "*", "html", "body", ":root", attribute selectors and
 * pseudo-classes could restyle the page an inlined SVG lands in. Keeping such rules out is simpler and
 * safer than inlining the sheet into style attributes, which would need a full selector engine.
 */
export function parseScopedSelectors(text: string): ScopedSelector[] | undefined {
  const out: ScopedSelector[] = [];
  for (const part of text.split(',')) {
    const selector = parseSelector(part);
    if (!selector) return undefined;
    out.push(selector);
  }
  return out;
}

function parseSelector(text: string): ScopedSelector | undefined {
  const compounds: Compound[] = [];
  let normal = '';
  let pos = skipSpaces(text, 0);
  while (pos < text.length) {
    const compound = readCompound(text, pos);
    if (!compound) return undefined;
    compounds.push(compound.value);
    normal += text.slice(pos, compound.end);
    pos = skipSpaces(text, compound.end);
    if (pos >= text.length) break;
    const code = text.charCodeAt(pos);
    if (COMBINATORS.has(code)) {
      normal += ` ${text.charAt(pos)} `;
      pos = skipSpaces(text, pos + 1);
      if (pos >= text.length) return undefined;
    } else if (pos > compound.end) normal += ' ';
    else return undefined;
  }
  return compounds.length ? { compounds, text: normal } : undefined;
}

function readCompound(text: string, start: number): { value: Compound; end: number } | undefined {
  let pos = start;
  let type: string | undefined;
  const ids: string[] = [];
  const classes: string[] = [];
  const typeEnd = readIdent(text, pos);
  if (typeEnd > pos) {
    type = text.slice(pos, typeEnd);
    if (!ALLOWED_ELEMENTS.has(type)) return undefined;
    pos = typeEnd;
  }
  for (;;) {
    const code = text.charCodeAt(pos);
    if (code !== 35 /* # */ && code !== 46 /* . */) break;
    const end = code === 35 ? readName(text, pos + 1) : readIdent(text, pos + 1);
    if (end === pos + 1) return undefined;
    (code === 35 ? ids : classes).push(text.slice(pos + 1, end));
    pos = end;
  }
  return pos > start ? { value: { type, ids, classes }, end: pos } : undefined;
}

function isNameCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 95 ||
    code >= 0x80
  );
}

/** End of a CSS name (digits allowed first: the part after "#"). Escapes are refused by the sanitiser. */
function readName(text: string, start: number): number {
  let end = start;
  while (end < text.length && isNameCode(text.charCodeAt(end))) end++;
  return end;
}

/** End of a CSS identifier (not starting with a digit, nor "-" and a digit). */
function readIdent(text: string, start: number): number {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const digit = (code: number): boolean => code >= 48 && code <= 57;
  if (!isNameCode(first) || digit(first) || (first === 45 && digit(second))) return start;
  return readName(text, start);
}

function skipSpaces(text: string, start: number): number {
  let pos = start;
  while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
  return pos;
}

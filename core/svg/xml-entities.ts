import { SvgRejectedError } from './errors';
import { isXmlChar } from './xml-chars';

/**
 * The five entities XML predefines. A Map, not an object literal: "&constructor;" or "&__proto__;" must
 * be undeclared entities, not Object.prototype's members leaking their source text into the drawing.
 * DOCTYPEs are refused, so a document never declares entities of its own.
 */
const PREDEFINED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);
const NAME = /^[A-Za-z_:][\w.:-]*$/;

/**
 * Replaces the five predefined references and numeric ones. Any other named
 * reference means an entity the document expects to be declared: refused,
 * since entities are how "billion laughs" bombs and external fetches work.
 */
export function decodeReferences(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  const parts: string[] = [];
  let last = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 40)
      throw new SvgRejectedError('malformed', 'a bare "&" outside a reference');
    parts.push(raw.slice(last, amp), resolveReference(raw.slice(amp + 1, semi)));
    last = semi + 1;
    amp = raw.indexOf('&', last);
  }
  parts.push(raw.slice(last));
  return parts.join('');
}

function resolveReference(ref: string): string {
  const predefined = PREDEFINED.get(ref);
  if (predefined !== undefined) return predefined;
  if (ref.charCodeAt(0) === 35 /* # */) return numericReference(ref);
  if (NAME.test(ref)) throw new SvgRejectedError('entity', `it references the entity "&${ref};"`);
  throw new SvgRejectedError('malformed', `"&${ref};" is not a reference`);
}

function numericReference(ref: string): string {
  const hex = ref.charCodeAt(1) === 120; /* x */
  const digits = ref.slice(hex ? 2 : 1);
  const valid = hex ? /^[0-9a-fA-F]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits);
  const code = valid ? parseInt(digits, hex ? 16 : 10) : -1;
  if (!isXmlChar(code)) throw new SvgRejectedError('malformed', `"&${ref};" is not a valid character`);
  return String.fromCodePoint(code);
}

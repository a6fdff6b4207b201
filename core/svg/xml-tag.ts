import { SvgRejectedError } from './errors';
import { stripIllegalXmlChars } from './xml-chars';
import { decodeReferences } from './xml-entities';
import { isXmlSpace, readName, skipSpace } from './xml-names';

export interface OpenTag {
  readonly name: string;
  readonly attrs: Map<string, string>;
  /** Index just after the closing ">". */
  readonly end: number;
  readonly selfClosing: boolean;
}

/**
 * Parses "<name attr='v' ...>" or "<name .../>" starting at the "<"; with `strip`, characters XML forbids
 * are dropped from attribute values.
 */
export function parseOpenTag(text: string, lt: number, strip = false): OpenTag {
  const nameEnd = readName(text, lt + 1);
  if (nameEnd === lt + 1) throw new SvgRejectedError('malformed', 'a "<" that does not start a tag');
  const name = text.slice(lt + 1, nameEnd);
  const attrs = new Map<string, string>();
  let pos = nameEnd;
  for (;;) {
    const spaced = pos < text.length && isXmlSpace(text.charCodeAt(pos));
    pos = skipSpace(text, pos);
    const code = text.charCodeAt(pos);
    if (code === 62 /* > */) return { name, attrs, end: pos + 1, selfClosing: false };
    if (code === 47 /* / */ && text.charCodeAt(pos + 1) === 62) {
      return { name, attrs, end: pos + 2, selfClosing: true };
    }
    if (pos >= text.length) throw new SvgRejectedError('malformed', `the tag <${name}> is never closed`);
    if (!spaced) throw new SvgRejectedError('malformed', `bad attribute syntax in <${name}>`);
    pos = parseAttribute(text, pos, name, attrs, strip);
  }
}

function parseAttribute(
  text: string,
  start: number,
  tag: string,
  attrs: Map<string, string>,
  strip: boolean,
): number {
  const nameEnd = readName(text, start);
  if (nameEnd === start) throw new SvgRejectedError('malformed', `bad attribute syntax in <${tag}>`);
  const name = text.slice(start, nameEnd);
  let pos = skipSpace(text, nameEnd);
  if (text.charCodeAt(pos) !== 61 /* = */) {
    throw new SvgRejectedError('malformed', `the attribute "${name}" in <${tag}> has no value`);
  }
  pos = skipSpace(text, pos + 1);
  const quote = text.charCodeAt(pos);
  if (quote !== 34 && quote !== 39) {
    throw new SvgRejectedError('malformed', `the attribute "${name}" in <${tag}> is not quoted`);
  }
  const close = text.indexOf(quote === 34 ? '"' : "'", pos + 1);
  if (close < 0)
    throw new SvgRejectedError('malformed', `the attribute "${name}" in <${tag}> is never closed`);
  const raw = text.slice(pos + 1, close);
  if (raw.indexOf('<') >= 0) throw new SvgRejectedError('malformed', `a "<" inside the attribute "${name}"`);
  if (attrs.has(name))
    throw new SvgRejectedError('malformed', `the attribute "${name}" appears twice in <${tag}>`);
  attrs.set(name, decodeReferences(strip ? stripIllegalXmlChars(raw) : raw));
  return close + 1;
}

/** XML name scanning by char codes (ASCII rules exact; any non-ASCII code counts as a name char). */

function isNameStart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    code === 95 || // _
    code === 58 || // :
    code >= 0xc0
  );
}

function isNameChar(code: number): boolean {
  return (
    isNameStart(code) ||
    (code >= 48 && code <= 57) || // 0-9
    code === 45 || // -
    code === 46 || // .
    code === 0xb7
  );
}

/** End index of the name starting at `start` (equal to `start` when there is none). */
export function readName(text: string, start: number): number {
  if (start >= text.length || !isNameStart(text.charCodeAt(start))) return start;
  let end = start + 1;
  while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
  return end;
}

export function isXmlSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** Index of the first non-space char at or after `start`. */
export function skipSpace(text: string, start: number): number {
  let pos = start;
  while (pos < text.length && isXmlSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

export function isAllSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isXmlSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The local part of a qualified name ("svg:path" gives "path"). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The prefix of a qualified name, or "" when it has none. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon);
}

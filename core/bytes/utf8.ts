/**
 * UTF-8 without TextEncoder/TextDecoder, which the sandbox realm's type world
 * (ES2020, no DOM) does not declare. Used for data: URLs and storage sizes.
 */

/** Decodes UTF-8 bytes; malformed sequences become U+FFFD rather than throwing. */
export function decodeUtf8(bytes: Uint8Array): string {
  const codes: number[] = [];
  const parts: string[] = [];
  let i = 0;
  while (i < bytes.length) {
    const [code, length] = readCodePoint(bytes, i);
    codes.push(code);
    i += length;
    if (codes.length >= 4096) parts.push(String.fromCodePoint(...codes.splice(0)));
  }
  parts.push(String.fromCodePoint(...codes));
  return parts.join('');
}

function readCodePoint(bytes: Uint8Array, i: number): [number, number] {
  const first = bytes[i]!;
  if (first < 0x80) return [first, 1];
  const length = first >= 0xf0 && first < 0xf8 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 0;
  if (length === 0 || i + length > bytes.length) return [0xfffd, 1];
  let code = first & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k]!;
    if ((next & 0xc0) !== 0x80) return [0xfffd, 1];
    code = (code << 6) | (next & 0x3f);
  }
  const tooSmall = code < [0, 0, 0x80, 0x800, 0x10000][length]!;
  if (tooSmall || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return [0xfffd, length];
  return [code, length];
}

/** Encodes a string as UTF-8 (lone surrogates become U+FFFD). */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return new Uint8Array(out);
}

/** UTF-8 byte length of a string, without TextEncoder (absent in the Figma sandbox). */
export function utf8Length(text: string): number {
  // Most SVG is pure ASCII: let the regex engine find the first other character.
  const first = text.search(/[\u0080-\uffff]/);
  if (first < 0) return text.length;
  let bytes = first;
  const length = text.length;
  for (let i = first; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4;
        i++;
      } else bytes += 3; // a lone surrogate is encoded as U+FFFD, 3 bytes
    } else bytes += 3;
  }
  return bytes;
}

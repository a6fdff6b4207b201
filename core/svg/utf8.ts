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

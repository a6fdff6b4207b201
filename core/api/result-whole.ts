/**
 * Whether a downloaded result arrived whole. A transfer cut short is a
 * passing fault (download it again); a whole file that is still unusable is
 * a definite answer. Each format says where it ends: PNG its IEND chunk,
 * JPEG the EOI after its last scan, GIF its trailer, WebP its RIFF size,
 * SVG its root's closing tag.
 *
 * @example
 * wholeness(pngBytes.subarray(0, 100)); // 'cut'
 */

/** 'unknown': not a format we can judge (the caller falls back to Content-Length). */
export type Wholeness = 'whole' | 'cut' | 'unknown';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function wholeness(bytes: Uint8Array): Wholeness {
  if (bytes.length === 0) return 'cut';
  if (startsWith(bytes, PNG_SIGNATURE)) return pngWholeness(bytes);
  if (startsWith(bytes, [0xff, 0xd8])) return jpegWholeness(bytes);
  if (startsWith(bytes, [...'GIF8'].map(code))) return gifWholeness(bytes);
  if (startsWith(bytes, [...'RIFF'].map(code))) return webpWholeness(bytes);
  return 'unknown';
}

/** Text that begins like an SVG document: whole once its root element is closed. */
export function svgWholeness(text: string): Wholeness {
  let rest = text.replace(/^\uFEFF/, '').trim();
  if (!rest.startsWith('<')) return 'unknown';
  // The prolog: XML declaration, processing instructions, comments, a doctype (with its internal subset).
  for (;;) {
    const prolog = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)\s*/i.exec(rest);
    if (!prolog) break;
    rest = rest.slice(prolog[0].length);
  }
  if (rest === '' || /^<(\?|!--|!doctype)/i.test(rest) || /^<!?[\w:.-]*$/i.test(rest)) return 'cut';
  const root = /^<([A-Za-z_][\w.-]*:)?svg(?=[\s/>])/i.exec(rest);
  if (!root) return /^<[A-Za-z_]/.test(rest) ? 'unknown' : 'cut';
  const name = `${root[1] ?? ''}svg`;
  const tail = withoutTrailingMisc(rest);
  if (new RegExp(`</${name}\\s*>$`, 'i').test(tail)) return 'whole';
  // An empty root: `<svg …/>` and nothing else.
  return /^<[^<>]*\/>$/.test(tail) ? 'whole' : 'cut';
}

/** Trailing whitespace, comments and processing instructions after the root (cut from the end: linear). */
function withoutTrailingMisc(text: string): string {
  let out = text.trimEnd();
  for (;;) {
    const opener = out.endsWith('-->') ? '<!--' : out.endsWith('?>') ? '<?' : undefined;
    const at = opener === undefined ? -1 : out.lastIndexOf(opener);
    if (at < 0) return out;
    out = out.slice(0, at).trimEnd();
  }
}

const code = (char: string) => char.charCodeAt(0);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  // A body shorter than the signature itself is a cut one.
  return prefix.every((value, i) => i >= bytes.length || bytes[i] === value);
}

const be32 = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const le32 = (b: Uint8Array, i: number) =>
  (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/** Walks the chunks to IEND; a chunk running past the end means the file was cut. */
function pngWholeness(b: Uint8Array): Wholeness {
  let i = PNG_SIGNATURE.length;
  while (i + 8 <= b.length) {
    const length = be32(b, i);
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    const end = i + 12 + length;
    if (end > b.length) return 'cut';
    if (type === 'IEND') return 'whole';
    i = end;
  }
  return 'cut';
}

/**
 * Walks the segments; after each scan (SOS) skips the entropy-coded data, where
 * a 0xFF is always followed by 0x00 or a restart marker, to the next marker.
 * EOI after the last scan means whole; running out of bytes first means cut.
 */
function jpegWholeness(b: Uint8Array): Wholeness {
  let i = 2;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) return 'whole'; // not a marker: a damaged file, for the decoder to refuse
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker === 0xd9) return 'whole';
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2;
      continue;
    }
    if (i + 3 >= b.length) return 'cut';
    i += 2 + ((b[i + 2]! << 8) | b[i + 3]!);
    if (marker === 0xda) i = afterEntropyData(b, i);
  }
  return 'cut';
}

function afterEntropyData(b: Uint8Array, from: number): number {
  let i = from;
  while (i + 1 < b.length) {
    const next = b[i + 1]!;
    if (b[i] === 0xff && next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) return i;
    i += 1;
  }
  return b.length;
}

/** The trailer byte 0x3B ends a GIF (encoders may pad after it with zeros). */
function gifWholeness(b: Uint8Array): Wholeness {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0x00) end -= 1;
  return end > 0 && b[end - 1] === 0x3b ? 'whole' : 'cut';
}

/** RIFF says its own size (after the 8-byte header). */
function webpWholeness(b: Uint8Array): Wholeness {
  if (b.length < 12) return 'cut';
  if (String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!) !== 'WEBP') return 'unknown';
  return b.length >= le32(b, 4) + 8 ? 'whole' : 'cut';
}

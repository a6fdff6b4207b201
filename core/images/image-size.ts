/**
 * Reads an image's type and pixel size from its first bytes, so a raster
 * result is placed at its true size whatever the gateway's Content-Type says.
 *
 * @example
 * sniffImage(pngBytes); // { mime: 'image/png', width: 1024, height: 1024 }
 */

export type ImageMime = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

export interface ImageInfo {
  readonly mime: ImageMime;
  readonly width: number;
  readonly height: number;
}

export function sniffImage(bytes: Uint8Array): ImageInfo | undefined {
  const info = sniffPng(bytes) ?? sniffGif(bytes) ?? sniffWebp(bytes) ?? sniffJpeg(bytes);
  return info && info.width > 0 && info.height > 0 ? info : undefined;
}

const be16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const le16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const be32 = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const le24 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function sniffPng(b: Uint8Array): ImageInfo | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || signature.some((v, i) => b[i] !== v) || ascii(b, 12, 4) !== 'IHDR') return undefined;
  return { mime: 'image/png', width: be32(b, 16), height: be32(b, 20) };
}

function sniffGif(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 10 || !/^GIF8[79]a$/.test(ascii(b, 0, 6))) return undefined;
  return { mime: 'image/gif', width: le16(b, 6), height: le16(b, 8) };
}

function sniffWebp(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return undefined;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return { mime: 'image/webp', width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { mime: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { mime: 'image/webp', width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  }
  return undefined;
}

/** Walks JPEG segments to the first start-of-frame marker, which holds the size. */
function sniffJpeg(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { mime: 'image/jpeg', height: be16(b, i + 5), width: be16(b, i + 7) };
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image / scan data before any frame
    const standalone = marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
    i += standalone ? 2 : 2 + be16(b, i + 2);
  }
  return undefined;
}

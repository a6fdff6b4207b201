import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../../core/images/image-size';

const png = (width: number, height: number) => new Uint8Array(PNG.sync.write(new PNG({ width, height })));

/** A minimal JPEG: SOI, an APP0 segment, then a baseline frame header. */
function jpeg(width: number, height: number, frameMarker = 0xc0): Uint8Array {
  const app0 = [
    0xff,
    0xe0,
    0x00,
    0x10,
    ...'JFIF'.split('').map((c) => c.charCodeAt(0)),
    0,
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
  ];
  const sof = [0xff, frameMarker, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 3];
  return new Uint8Array([0xff, 0xd8, ...app0, 0xff, 0xff, ...sof, ...new Array(20).fill(0)]);
}

function gif(width: number, height: number): Uint8Array {
  return new Uint8Array([
    ...'GIF89a'.split('').map((c) => c.charCodeAt(0)),
    width & 255,
    width >> 8,
    height & 255,
    height >> 8,
    0,
    0,
    0,
  ]);
}

function riff(chunk: string, payload: number[]): Uint8Array {
  const ascii = (s: string) => s.split('').map((c) => c.charCodeAt(0));
  return new Uint8Array([
    ...ascii('RIFF'),
    0,
    0,
    0,
    0,
    ...ascii('WEBP'),
    ...ascii(chunk),
    0,
    0,
    0,
    0,
    ...payload,
    ...new Array(16).fill(0),
  ]);
}

describe('sniffImage', () => {
  it('reads PNG size', () => {
    expect(sniffImage(png(1536, 768))).toEqual({ mime: 'image/png', width: 1536, height: 768 });
  });

  it('reads JPEG size past other segments, baseline and progressive', () => {
    expect(sniffImage(jpeg(1280, 832))).toEqual({ mime: 'image/jpeg', width: 1280, height: 832 });
    expect(sniffImage(jpeg(2048, 2048, 0xc2))).toEqual({ mime: 'image/jpeg', width: 2048, height: 2048 });
  });

  it('reads GIF size', () => {
    expect(sniffImage(gif(300, 200))).toEqual({ mime: 'image/gif', width: 300, height: 200 });
  });

  it('reads the three WebP flavours', () => {
    const w = 1023;
    const h = 767;
    const vp8x = riff('VP8X', [0, 0, 0, 0, (w - 1) & 255, (w - 1) >> 8, 0, (h - 1) & 255, (h - 1) >> 8, 0]);
    expect(sniffImage(vp8x)).toEqual({ mime: 'image/webp', width: w, height: h });
    const bits = (w - 1) | ((h - 1) << 14);
    const vp8l = riff('VP8L', [0x2f, bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, (bits >>> 24) & 255]);
    expect(sniffImage(vp8l)).toEqual({ mime: 'image/webp', width: w, height: h });
    const vp8 = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, w & 255, w >> 8, h & 255, h >> 8]);
    expect(sniffImage(vp8)).toEqual({ mime: 'image/webp', width: w, height: h });
  });

  it('gives undefined for SVG text, truncated headers and zero sizes', () => {
    const text = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(sniffImage(text)).toBeUndefined();
    expect(sniffImage(png(10, 10).subarray(0, 20))).toBeUndefined();
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeUndefined();
    expect(sniffImage(gif(0, 10))).toBeUndefined();
    expect(sniffImage(new Uint8Array())).toBeUndefined();
  });
});

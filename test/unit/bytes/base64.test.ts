import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../core/bytes/base64';
import { decodeUtf8, encodeUtf8, utf8Length } from '../../../core/bytes/utf8';

/** Deterministic bytes (xorshift), so failures reproduce. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('base64', () => {
  it('matches Node for every length around the padding cases and a big image', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 6, 7, 255, 256, 257, 9000, 100_001]) {
      const data = bytes(length, length + 1);
      const encoded = toBase64(data);
      expect(encoded).toBe(Buffer.from(data).toString('base64'));
      expect(Buffer.from(fromBase64(encoded)).equals(Buffer.from(data))).toBe(true);
    }
  });

  it('decodes URL-safe text, missing padding and line breaks', () => {
    const data = bytes(300, 7);
    const urlSafe = Buffer.from(data).toString('base64url');
    expect(fromBase64(urlSafe)).toEqual(data);
    const wrapped = Buffer.from(data)
      .toString('base64')
      .replace(/(.{76})/g, '$1\n');
    expect(fromBase64(wrapped)).toEqual(data);
  });

  it('throws on characters outside the alphabet and impossible lengths', () => {
    expect(() => fromBase64('ab$d')).toThrow();
    expect(() => fromBase64('abcde')).toThrow();
    expect(() => fromBase64('äbcd')).toThrow();
  });
});

describe('utf8', () => {
  const samples = ['', 'plain', 'café', '☕ and 🎨', '<svg><title>日本語</title></svg>'];
  it.each(samples)('round-trips %j like Node', (text) => {
    const encoded = encodeUtf8(text);
    expect(Buffer.from(encoded).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(decodeUtf8(encoded)).toBe(text);
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('replaces malformed sequences instead of throwing', () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0xff, 0x62]))).toBe('a\ufffdb');
    expect(decodeUtf8(new Uint8Array([0xe2, 0x82]))).toBe('\ufffd\ufffd');
    expect(decodeUtf8(new Uint8Array([0xc0, 0x80]))).toContain('\ufffd');
  });

  it('decodes long text in chunks', () => {
    const text = 'ab€'.repeat(10_000);
    expect(decodeUtf8(encodeUtf8(text))).toBe(text);
  });
});

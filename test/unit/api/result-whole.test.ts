import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { svgWholeness, wholeness } from '../../../core/api/result-whole';
import { urlExpiry } from '../../../core/api/url-expiry';

const PNG_BYTES = new Uint8Array(PNG.sync.write(new PNG({ width: 16, height: 16 })));
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A JPEG's structure (not a decodable picture): segments, scans with stuffed 0xFF and a restart marker. */
const segment = (marker: number, length: number) => [
  0xff,
  marker,
  0,
  length + 2,
  ...new Array<number>(length).fill(7),
];
const scan = [...segment(0xda, 6), 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];
const BASELINE = bytes([0xff, 0xd8], segment(0xe0, 14), segment(0xc0, 15), scan, [0xff, 0xd9]);
const PROGRESSIVE = bytes([0xff, 0xd8], segment(0xc2, 15), scan, segment(0xc4, 4), scan, [0xff, 0xd9]);
const GIF = bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0, 0x2c, 9, 9, 0x3b]);
const webp = (declared: number, actual: number) =>
  bytes('RIFF', [declared - 8, 0, 0, 0], 'WEBPVP8L', new Array<number>(actual - 16).fill(1));

describe('wholeness of images', () => {
  it.each([
    ['a PNG', PNG_BYTES],
    ['a PNG with bytes after IEND', new Uint8Array([...PNG_BYTES, 0, 0])],
    ['a baseline JPEG', BASELINE],
    ['a progressive JPEG', PROGRESSIVE],
    ['a GIF', GIF],
    ['a GIF padded after its trailer', new Uint8Array([...GIF, 0, 0])],
    ['a WebP', webp(40, 40)],
  ])('%s is whole', (_name, image) => expect(wholeness(image)).toBe('whole'));

  it.each([
    ['nothing', new Uint8Array(0)],
    ['a PNG without IEND', PNG_BYTES.subarray(0, PNG_BYTES.length - 12)],
    ['a PNG cut mid-chunk', PNG_BYTES.subarray(0, 30)],
    ['a PNG cut inside its signature', PNG_BYTES.subarray(0, 3)],
    ['a JPEG without EOI', BASELINE.subarray(0, BASELINE.length - 2)],
    ['a JPEG cut mid-scan', BASELINE.subarray(0, BASELINE.length - 4)],
    ['a progressive JPEG cut after its first scan', PROGRESSIVE.subarray(0, 2 + 19 + scan.length)],
    ['a JPEG cut in a segment header', BASELINE.subarray(0, 5)],
    ['a GIF without its trailer', GIF.subarray(0, GIF.length - 1)],
    ['a WebP shorter than its RIFF size', webp(40, 30)],
  ])('%s is cut', (_name, image) => expect(wholeness(image)).toBe('cut'));

  it('text is no image format', () => {
    expect(wholeness(bytes('<svg/>'))).toBe('unknown');
    expect(wholeness(bytes('RIFF', [4, 0, 0, 0], 'AVI LIST'))).toBe('unknown');
  });
});

describe('wholeness of SVG text', () => {
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><g><path d="M0 0h4"/></g></svg>';
  it.each([
    SVG,
    `  ${SVG}\n`,
    `\uFEFF<?xml version="1.0"?><!-- by x --><!DOCTYPE svg [<!ENTITY a "b">]>${SVG}`,
    `${SVG}<!-- trailing note --> <?pi x?>`,
    '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '<svg:svg xmlns:svg="http://www.w3.org/2000/svg"></svg:svg>',
    '<SVG></SVG >',
  ])('whole: %j', (text) => expect(svgWholeness(text)).toBe('whole'));

  it.each([
    SVG.slice(0, 30),
    SVG.slice(0, -1),
    `${SVG.slice(0, -6)}<!-- c -->`,
    '<?xml version="1.0"?>',
    '<?xml version="1.',
    '<!-- a comment that never',
    '<sv',
    '<',
  ])('cut: %j', (text) => expect(svgWholeness(text)).toBe('cut'));

  it.each(['', 'plain text', '<html><body>login</body></html>', '{"error":"x"}'])('not SVG: %j', (text) =>
    expect(svgWholeness(text)).toBe('unknown'),
  );
});

describe('urlExpiry', () => {
  it.each([
    [
      'AWS SigV4',
      'https://s3.test/a.png?X-Amz-Date=20260101T120000Z&X-Amz-Expires=3600&X-Amz-Signature=a%3Db',
      Date.UTC(2026, 0, 1, 13),
    ],
    [
      'Google V4, any case',
      'https://gcs.test/a.png?x-goog-date=20260101T120000Z&x-goog-expires=60',
      Date.UTC(2026, 0, 1, 12, 1),
    ],
    ['Expires in epoch seconds', 'https://cf.test/a.png?Policy=x&Expires=1767268800', 1767268800_000],
    [
      'Azure SAS',
      'https://blob.test/a.png?sv=2024&se=2026-01-01T12%3A00%3A00Z&sig=x',
      Date.UTC(2026, 0, 1, 12),
    ],
  ])('%s', (_name, url, at) => expect(urlExpiry(url)).toBe(at));

  it.each([
    'https://cdn.test/a.png',
    'https://cdn.test/a.png?expires=soon',
    'https://cdn.test/a.png?X-Amz-Date=nope&X-Amz-Expires=60',
    'https://cdn.test/a.png#Expires=1767268800',
  ])('says nothing: %s', (url) => expect(urlExpiry(url)).toBeUndefined());
});

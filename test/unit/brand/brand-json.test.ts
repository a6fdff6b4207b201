import { describe, expect, it } from 'vitest';
import { BRAND_JSON_MAX_CHARS, brandKitJson, parseBrandKit } from '../../../core/brand/brand-json';
import type { BrandKit } from '../../../core/brand/types';
import { KIT, kitWith } from './fixtures';

function errorOf(text: unknown): string {
  const parsed = parseBrandKit(text);
  if (!('error' in parsed)) throw new Error('expected an error');
  return parsed.error.message;
}

function kitOf(text: string): BrandKit {
  const parsed = parseBrandKit(text);
  if (!('kit' in parsed)) throw new Error(parsed.error.message);
  return parsed.kit;
}

describe('a brand kit as JSON', () => {
  it('exports pretty, in one fixed key order whatever order the kit was built in', () => {
    const shuffled = {
      rasterModel: KIT.rasterModel,
      prefix: KIT.prefix,
      icon: { colourMode: 'palette', padding: 2, size: 24 },
      palette: KIT.palette.map(({ hex, role }) => ({ hex: hex.toUpperCase(), role })),
      styleWords: KIT.styleWords,
      vectorModel: KIT.vectorModel,
      version: 1,
    } as unknown as BrandKit;
    const text = brandKitJson(shuffled);
    expect(text).toBe(brandKitJson(KIT));
    expect(text.split('\n').slice(0, 4)).toEqual(['{', '  "version": 1,', '  "palette": [', '    {']);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'version',
      'palette',
      'styleWords',
      'icon',
      'prefix',
      'vectorModel',
      'rasterModel',
    ]);
  });

  it('round-trips: what is exported imports as the same kit', () => {
    expect(kitOf(brandKitJson(KIT))).toEqual(KIT);
    expect(kitOf(brandKitJson(kitWith({ palette: [] })))).toEqual(kitWith({ palette: [] }));
  });

  it('imports hex as typed by a person, kept in the one form', () => {
    const text = JSON.stringify({
      ...JSON.parse(brandKitJson(KIT)),
      palette: [{ role: ' primary ', hex: '4F46E5' }],
    });
    expect(kitOf(text).palette).toEqual([{ role: 'primary', hex: '#4f46e5' }]);
  });
});

describe('pasted text that is not a kit', () => {
  const good = JSON.parse(brandKitJson(KIT)) as Record<string, unknown>;
  const withField = (key: string, value: unknown) => JSON.stringify({ ...good, [key]: value });

  it('refuses what is not JSON, or not an object', () => {
    for (const text of ['', 'hello', '{"version":1', '<kit/>'])
      expect(errorOf(text)).toMatch(/not brand kit JSON/);
    for (const text of ['[]', 'null', '42', '"kit"'])
      expect(errorOf(text)).toMatch(/This brand kit's text is not valid/);
    expect(errorOf(undefined)).toMatch(/not brand kit JSON/);
  });

  it('refuses a huge paste before reading it', () => {
    const text = `{"styleWords":"${'x'.repeat(BRAND_JSON_MAX_CHARS)}"}`;
    expect(errorOf(text)).toMatch(/too long \(16\d{3} characters; at most 16384\)/);
  });

  it('names the field that is wrong', () => {
    const cases: [string, unknown, RegExp][] = [
      ['version', 2, /"version" is not valid: it must be the number 1/],
      ['version', '1', /"version"/],
      ['palette', 'indigo', /"palette" is not valid/],
      ['palette', [{ role: 'a' }], /"palette" is not valid/],
      ['palette', [null], /"palette" is not valid/],
      ['styleWords', ['flat'], /"styleWords" is not valid/],
      ['icon', { size: 23, padding: 2, colourMode: 'keep' }, /"icon" is not valid/],
      ['icon', { size: 24, padding: '2', colourMode: 'keep' }, /"icon" is not valid/],
      ['prefix', 7, /"prefix" is not valid/],
      [
        'vectorModel',
        'gpt-image',
        /"vectorModel" is not valid: it must be the id of a model that makes vector/,
      ],
      ['rasterModel', null, /"rasterModel" is not valid/],
    ];
    for (const [key, value, message] of cases) expect(errorOf(withField(key, value)), key).toMatch(message);
  });

  it('gives the form rules the kit breaks, with the colour they concern', () => {
    const nine = Array.from({ length: 9 }, (_, i) => ({ role: `r${i}`, hex: '#000000' }));
    expect(errorOf(withField('palette', nine))).toMatch(/at most 8 colours \(this one has 9\)/);
    expect(errorOf(withField('palette', [{ role: 'ink', hex: '#zzz' }]))).toMatch(/Colour 1 \("ink"\)/);
    expect(errorOf(withField('icon', { size: 24, padding: 20, colourMode: 'mono' }))).toMatch(/padding/i);
  });

  it('counts a palette before reading it: a very long one is refused as too many colours', () => {
    const text = withField(
      'palette',
      Array.from({ length: 3000 }, () => 0),
    );
    expect(text.length).toBeLessThan(BRAND_JSON_MAX_CHARS);
    expect(errorOf(text)).toMatch(/at most 8 colours \(this one has 3000\)/);
  });

  it('never pollutes a prototype, and takes nothing it does not know', () => {
    const text =
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
      brandKitJson(KIT)
        .slice(1)
        .replace('"palette": [', '"palette": [{"role":"x","hex":"#000000","__proto__":{"polluted":true}},');
    const kit = kitOf(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(kit, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(kit)).toBe(Object.prototype);
    expect(kit.palette[0]).toEqual({ role: 'x', hex: '#000000' });
    expect(Object.getPrototypeOf(kit.palette[0])).toBe(Object.prototype);
    expect(kitOf(JSON.stringify({ ...good, extra: 'ignored' }))).not.toHaveProperty('extra');
  });

  it('reads only own fields: a kit without version is not given one by an inherited property', () => {
    const { version: _, ...rest } = good;
    Object.defineProperty(Object.prototype, 'version', { value: 1, configurable: true });
    try {
      expect(errorOf(JSON.stringify(rest))).toMatch(/"version"/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).version;
    }
  });

  it('survives deeply nested input within the size limit', () => {
    const deep = '['.repeat(8000) + ']'.repeat(8000);
    expect(errorOf(withField('palette', 0).replace('"palette":0', `"palette":${deep}`))).toMatch(/"palette"/);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { BATCH_MAX } from '../../../core/tasks/batch-limit';
import { readSettings } from '../../../plugin/read-settings';

describe('readSettings', () => {
  it('fills what a partial value lacks from the defaults (the playground seeds only apiBase)', () => {
    const settings = readSettings({ apiBase: 'http://127.0.0.1:8787/api/v1' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, apiBase: 'http://127.0.0.1:8787/api/v1' });
  });

  it('gives the defaults for nothing or junk', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('settings')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each valid field and replaces each invalid one on its own', () => {
    const settings = readSettings({
      apiBase: 'ftp://example.com',
      model: 'recraft-v4-pro-text-to-image',
      sizes: { 'recraft-v4-pro-text-to-image': '2048x2048', 'old-model': '1x1', 'imagen-4': 7 },
      vector: { removeBackground: true, recolor: 'rainbow', palette: ['#AABBCC', 'red', 3], mono: '#123456' },
      batch: 999,
    });
    expect(settings).toEqual({
      apiBase: DEFAULT_SETTINGS.apiBase,
      model: 'recraft-v4-pro-text-to-image',
      sizes: { 'recraft-v4-pro-text-to-image': '2048x2048' },
      vector: { removeBackground: true, recolor: 'none', palette: ['#aabbcc'], mono: '#123456' },
      batch: BATCH_MAX,
      set: DEFAULT_SETTINGS.set,
      sendBrandColours: false,
      paletteInPrompt: true,
    });
  });

  it('keeps the brand options as saved, each on its own, and gives their defaults otherwise', () => {
    expect(readSettings({})).toMatchObject({ sendBrandColours: false, paletteInPrompt: true });
    expect(readSettings({ sendBrandColours: true, paletteInPrompt: false })).toMatchObject({
      sendBrandColours: true,
      paletteInPrompt: false,
    });
    expect(readSettings({ sendBrandColours: 'yes', paletteInPrompt: 0 })).toMatchObject({
      sendBrandColours: false,
      paletteInPrompt: true,
    });
  });

  it('reads the per-model sizes older versions saved as `shapes`, and gives back `sizes` only', () => {
    const settings = readSettings({ shapes: { 'imagen-4': '16:9', 'old-model': '1x1' } });
    expect(settings.sizes).toEqual({ 'imagen-4': '16:9' });
    expect(settings).not.toHaveProperty('shapes');
    expect(readSettings({ sizes: { 'imagen-4': '1:1' }, shapes: { 'imagen-4': '16:9' } }).sizes).toEqual({
      'imagen-4': '1:1',
    });
  });

  it('keeps an icon frame only when its size is offered and its padding fits', () => {
    const vector = (iconFrame: unknown) => readSettings({ vector: { iconFrame } }).vector.iconFrame;
    expect(vector({ size: 24, padding: 2 })).toEqual({ size: 24, padding: 2 });
    expect(vector({ size: 24, padding: 12 })).toBeUndefined();
    expect(vector({ size: 23, padding: 2 })).toBeUndefined();
    expect(vector('24')).toBeUndefined();
  });

  it('trims the API base and drops trailing slashes', () => {
    expect(readSettings({ apiBase: '  https://apiin.one/api/v1/ ' }).apiBase).toBe(
      'https://apiin.one/api/v1',
    );
  });

  it('falls back to the default API base for one the UI and the client would refuse', () => {
    for (const apiBase of [
      'https://u@apiin.one/api',
      'https://apiin.one/api/v1?x',
      'https://apiin.one/v1#a',
    ]) {
      expect(readSettings({ apiBase }).apiBase, apiBase).toBe(DEFAULT_SETTINGS.apiBase);
    }
  });

  it('takes the same hex colours as the UI (#rgb too), kept as lower-case #rrggbb', () => {
    const vector = readSettings({
      vector: { palette: ['#ABC', '#112233', '#1234', 'red'], mono: '#FFF' },
    }).vector;
    expect(vector.palette).toEqual(['#aabbcc', '#112233']);
    expect(vector.mono).toBe('#ffffff');
  });

  it('keeps a batch inside the batch limit (1 to 8) and ignores fractions', () => {
    expect(readSettings({ batch: 0 }).batch).toBe(1);
    expect(readSettings({ batch: 4 }).batch).toBe(4);
    expect(readSettings({ batch: 9 }).batch).toBe(8);
    expect(readSettings({ batch: 2.5 }).batch).toBe(DEFAULT_SETTINGS.batch);
  });
});

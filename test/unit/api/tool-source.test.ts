import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import {
  RESULT_FILE_LIFETIME_MS,
  sourceGoneError,
  toolBody,
  toolSourceError,
} from '../../../core/api/tool-source';
import { isToolId, toolById, TOOLS } from '../../../core/models/tools';

describe('the tools catalogue', () => {
  it('has the documented routes, models and price', () => {
    expect(TOOLS.map(({ id, model, path, credits }) => ({ id, model, path, credits }))).toEqual([
      { id: 'remove-bg', model: 'bg-remover', path: '/images/tools/remove-bg', credits: 1 },
      { id: 'upscale', model: 'image-upscale', path: '/images/tools/upscale', credits: 1 },
    ]);
    expect(isToolId('upscale')).toBe(true);
    expect(isToolId('vectorize')).toBe(false);
    expect(toolById('remove-bg').label).toBe('Remove background');
  });
});

describe('a tool body', () => {
  it('is the documented {model, image}', () => {
    expect(toolBody('remove-bg', ' https://cdn.test/a.png?sig=1 ')).toEqual({
      model: 'bg-remover',
      image: 'https://cdn.test/a.png?sig=1',
    });
    expect(toolBody('upscale', 'http://127.0.0.1:9/files/ab.png')).toEqual({
      model: 'image-upscale',
      image: 'http://127.0.0.1:9/files/ab.png',
    });
  });

  it('refuses anything but a plain absolute http(s) URL, before any POST', () => {
    for (const url of [
      '',
      'data:image/png;base64,AAAA',
      'file:///etc/passwd',
      '/files/a.png',
      'https://',
      'https://a b/c',
      `https://a.test/${'x'.repeat(3000)}`,
    ]) {
      let caught: unknown;
      try {
        toolBody('upscale', url);
      } catch (error) {
        caught = error;
      }
      expect(caught, url).toBeInstanceOf(PluginError);
      expect((caught as PluginError).error.message).toMatch(/no gateway file address/);
    }
  });
});

describe('a source that is no longer fresh', () => {
  const made = Date.UTC(2026, 0, 1);

  it('is expired a day after the result was made, when the URL names no expiry', () => {
    expect(
      toolSourceError('https://cdn.test/a.png', made, made + RESULT_FILE_LIFETIME_MS - 1),
    ).toBeUndefined();
    expect(toolSourceError('https://cdn.test/a.png', made, made + RESULT_FILE_LIFETIME_MS)).toMatchObject({
      code: 'result-expired',
    });
  });

  it("follows the URL's own expiry when it names one", () => {
    const expires = Math.floor((made + 3_600_000) / 1000);
    const url = `https://cdn.test/a.png?Expires=${expires}`;
    expect(toolSourceError(url, made, made + 3_599_000)).toBeUndefined();
    expect(toolSourceError(url, made, made + 3_600_000)?.message).toMatch(/no longer has this image's file/);
  });

  it("reads the gateway's words about a gone source as the plain message, and nothing else so", () => {
    for (const said of [
      'Source image could not be downloaded: the URL is expired or unknown',
      'image url not found',
      'The file is no longer available',
    ]) {
      expect(sourceGoneError(said), said).toMatchObject({ code: 'result-expired' });
    }
    for (const said of ['Upscale failed', 'model overloaded, not found a worker', undefined]) {
      expect(sourceGoneError(said), String(said)).toBeUndefined();
    }
  });
});

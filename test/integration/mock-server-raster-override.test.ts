/**
 * The raster override: every raster result file served as given bytes and
 * type (in-process and over /__admin/raster-override), vectors untouched,
 * cleared by {clear:true} and by reset.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generateAsync, jsonOf, pngSize, useMock } from './mock-client';

const RASTER = 'recraft-v4-text-to-image';
const VECTOR = 'recraft-v4-text-to-vector';
/** Not a decodable picture: the mock serves bytes, it does not read them. */
const FAKE_WEBP = new Uint8Array([
  ...new TextEncoder().encode('RIFF'),
  ...[26, 0, 0, 0],
  ...new TextEncoder().encode('WEBPVP8L'),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0xff, 0x00],
]);

const mock = useMock({ durationMs: 10 });
afterEach(() => mock().setRasterOverride(null));

const rasterUrlAsync = async (prompt: string): Promise<string> => {
  const { body } = await generateAsync(mock(), { model: RASTER, prompt, image_size: '1024x1024' });
  return body.data.output.image_url as string;
};

const fileAsync = async (url: string) => {
  const response = await fetch(url, { headers: { Origin: 'null' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  return {
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
};

const adminAsync = async (body: unknown) => {
  const response = await fetch(`${mock().origin}/__admin/raster-override`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'null' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  return { status: response.status, body: await jsonOf(response) };
};

describe('raster override', () => {
  it('serves new raster results as the given bytes, with a matching extension and type', async () => {
    mock().setRasterOverride({ bytes: FAKE_WEBP, mime: 'image/webp' });
    const url = await rasterUrlAsync('a webp fox');
    expect(url).toMatch(/\/files\/[0-9a-f]+\.webp$/);
    const file = await fileAsync(url);
    expect(file.type).toBe('image/webp');
    expect([...file.bytes]).toEqual([...FAKE_WEBP]);
  });

  it('applies to results issued before it was set, and stops when cleared', async () => {
    const url = await rasterUrlAsync('issued as png');
    expect(url).toMatch(/\.png$/);
    mock().setRasterOverride({ bytes: FAKE_WEBP, mime: 'image/webp' });
    expect(await fileAsync(url)).toEqual({ type: 'image/webp', bytes: FAKE_WEBP });
    mock().setRasterOverride(null);
    const file = await fileAsync(url);
    expect(file.type).toBe('image/png');
    expect(pngSize(file.bytes)).toEqual({ width: 1024, height: 1024 });
  });

  it('leaves vector results alone', async () => {
    mock().setRasterOverride({ bytes: FAKE_WEBP, mime: 'image/webp' });
    const { body } = await generateAsync(mock(), { model: VECTOR, prompt: 'still an svg' });
    const url: string = body.data.output.svg_url;
    expect(url).toMatch(/\.svg$/);
    const file = await fileAsync(url);
    expect(file.type).toBe('image/svg+xml');
    expect(new TextDecoder().decode(file.bytes)).toContain('<svg');
  });

  it('refuses an empty image or a bad type in process', () => {
    expect(() => mock().setRasterOverride({ bytes: new Uint8Array(0), mime: 'image/webp' })).toThrow();
    expect(() => mock().setRasterOverride({ bytes: FAKE_WEBP, mime: 'webp' })).toThrow();
  });

  it('is set and cleared over /__admin/raster-override', async () => {
    const base64 = Buffer.from(FAKE_WEBP).toString('base64');
    const set = await adminAsync({ base64, mime: 'image/webp' });
    expect(set.status).toBe(200);
    expect(set.body.state.rasterOverride).toEqual({ mime: 'image/webp', bytes: FAKE_WEBP.length });
    const url = await rasterUrlAsync('set over http');
    expect(url).toMatch(/\.webp$/);
    expect(await fileAsync(url)).toEqual({ type: 'image/webp', bytes: FAKE_WEBP });

    const cleared = await adminAsync({ clear: true });
    expect(cleared.status).toBe(200);
    expect(cleared.body.state.rasterOverride).toBeNull();
    expect((await fileAsync(url)).type).toBe('image/png');
    expect(await rasterUrlAsync('png again')).toMatch(/\.png$/);
  });

  it('answers 400 to bad input and is cleared by reset', async () => {
    const base64 = Buffer.from(FAKE_WEBP).toString('base64');
    for (const body of [
      {},
      { mime: 'image/webp' },
      { base64, mime: 'not a type' },
      { base64 },
      { base64: '', mime: 'image/webp' },
      { base64: 'not base64!', mime: 'image/webp' },
      { clear: 'yes' },
      '[1,2]',
      'not json',
    ]) {
      const answer = await adminAsync(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.message).toEqual(expect.any(String));
    }
    expect(mock().tasks().length).toBeGreaterThan(0);

    await adminAsync({ base64, mime: 'image/jpeg' });
    expect(await rasterUrlAsync('a jpeg')).toMatch(/\.jpg$/);
    const reset = await fetch(`${mock().origin}/__admin/reset`, { method: 'POST', body: '{}' });
    expect((await jsonOf(reset)).state.rasterOverride).toBeNull();
    const file = await fileAsync(await rasterUrlAsync('after reset'));
    expect(file.type).toBe('image/png');
    expect(pngSize(file.bytes)).toEqual({ width: 1024, height: 1024 });
  });
});

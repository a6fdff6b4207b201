/**
 * The SVG override: every vector result (file or inline answer) served as
 * the given text, unchecked, in-process and over /__admin/svg-override;
 * raster results untouched; cleared by {clear:true} and by reset.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generateAsync, jsonOf, useMock } from './mock-client';

const VECTOR = 'recraft-v4-text-to-vector';
const RASTER = 'recraft-v4-text-to-image';
/** Not well-formed: what the plugin's SVG pipeline must reject without losing the paid file. */
const MALFORMED = '<svg xmlns="http://www.w3.org/2000/svg"><g><path d="M0 0L10 10"></svg>';

const mock = useMock({ durationMs: 10 });
afterEach(() => mock().setSvgOverride(null));

const textOf = async (url: string) => {
  const response = await fetch(url, { headers: { Origin: 'null' } });
  expect(response.status).toBe(200);
  return { type: response.headers.get('content-type'), text: await response.text() };
};

const vectorUrlAsync = async (prompt: string): Promise<string> => {
  const { body } = await generateAsync(mock(), { model: VECTOR, prompt });
  return body.data.output.svg_url as string;
};

const adminAsync = async (body: unknown) => {
  const response = await fetch(`${mock().origin}/__admin/svg-override`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await jsonOf(response) };
};

describe('SVG override', () => {
  it('serves vector results, new and already issued, as the given text; raster ones untouched', async () => {
    const before = await vectorUrlAsync('issued before');
    mock().setSvgOverride(MALFORMED);
    expect(await textOf(before)).toEqual({ type: 'image/svg+xml', text: MALFORMED });
    expect((await textOf(await vectorUrlAsync('issued after'))).text).toBe(MALFORMED);
    const { body } = await generateAsync(mock(), {
      model: RASTER,
      prompt: 'still a png',
      image_size: '1024x1024',
    });
    const raster = await fetch(body.data.output.image_url as string);
    expect(raster.headers.get('content-type')).toBe('image/png');

    mock().setSvgOverride(null);
    expect((await textOf(before)).text).toContain('<svg');
    expect((await textOf(before)).text).not.toBe(MALFORMED);
  });

  it('is set and cleared over /__admin/svg-override, refuses bad input, and reset clears it', async () => {
    const set = await adminAsync({ svg: MALFORMED });
    expect(set.status).toBe(200);
    expect(set.body.state.svgOverride).toEqual({ characters: MALFORMED.length });
    expect((await textOf(await vectorUrlAsync('over http'))).text).toBe(MALFORMED);
    for (const bad of [{}, { svg: '' }, { svg: 42 }, { clear: 'yes' }, 'not json']) {
      expect((await adminAsync(bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await adminAsync({ clear: true })).body.state.svgOverride).toBeNull();

    mock().setSvgOverride(MALFORMED);
    const reset = await fetch(`${mock().origin}/__admin/reset`, { method: 'POST', body: '{}' });
    expect((await jsonOf(reset)).state.svgOverride).toBeNull();
    expect(() => mock().setSvgOverride('')).toThrow('setSvgOverride');
  });
});

import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import { fetchResultAsync } from '../../../core/api/fetch-result';
import type { FetchInit, FetchLike } from '../../../core/api/http';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>';
const PNG_BYTES = new Uint8Array(PNG.sync.write(new PNG({ width: 12, height: 7 })));

// Request building only (which URL, which headers); download behaviour is tested against the mock.
function recordingFetch(body: Uint8Array) {
  const calls: { url: string; init?: FetchInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return { ok: true, status: 200, text: async () => '', arrayBuffer: async () => body.slice().buffer };
  };
  return { fetch, calls };
}

const noFetch: FetchLike = async () => {
  throw new Error('no request expected');
};

describe('fetchResultAsync without the network', () => {
  it('uses inline SVG as is', async () => {
    const result = await fetchResultAsync(
      noFetch,
      { status: 'succeeded', urls: [], svg: `  ${SVG}\n` },
      'vector',
    );
    expect(result).toEqual({ kind: 'svg', svg: SVG });
  });

  it('decodes a raster data: URL', async () => {
    const url = `data:image/png;base64,${Buffer.from(PNG_BYTES).toString('base64')}`;
    const result = await fetchResultAsync(noFetch, { status: 'succeeded', urls: [url] }, 'raster');
    expect(result).toMatchObject({ kind: 'image', mime: 'image/png', width: 12, height: 7 });
  });

  it('says clearly when a finished task carried no file', async () => {
    const error = await fetchResultAsync(noFetch, { status: 'succeeded', urls: [] }, 'raster').catch(
      (e: unknown) => e,
    );
    expect((error as PluginError).error.code).toBe('result-unreadable');
  });
});

describe('fetchResultAsync requests', () => {
  it('picks the .svg file for a vector model and the other one for a raster model', async () => {
    const urls = ['https://cdn.test/a.png', 'https://cdn.test/a.svg?sig=1'];
    const vector = recordingFetch(new TextEncoder().encode(SVG));
    expect(await fetchResultAsync(vector.fetch, { status: 'succeeded', urls }, 'vector')).toEqual({
      kind: 'svg',
      svg: SVG,
    });
    expect(vector.calls.map((c) => c.url)).toEqual(['https://cdn.test/a.svg?sig=1']);
    const raster = recordingFetch(PNG_BYTES);
    expect(await fetchResultAsync(raster.fetch, { status: 'succeeded', urls }, 'raster')).toMatchObject({
      kind: 'image',
    });
    expect(raster.calls.map((c) => c.url)).toEqual(['https://cdn.test/a.png']);
  });

  it('never sends Authorization (or any header) to a result URL', async () => {
    const { fetch, calls } = recordingFetch(PNG_BYTES);
    await fetchResultAsync(fetch, { status: 'succeeded', urls: ['https://cdn.test/x.png'] }, 'raster');
    expect(calls[0]!.init).toEqual({ method: 'GET' });
  });

  it('reads the file for what it is: an image behind a vector model, an SVG with a BOM', async () => {
    const image = recordingFetch(PNG_BYTES);
    const fromVector = await fetchResultAsync(
      image.fetch,
      { status: 'succeeded', urls: ['https://cdn.test/v'] },
      'vector',
    );
    expect(fromVector).toMatchObject({ kind: 'image', width: 12, height: 7 });
    const bom = recordingFetch(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SVG)]));
    expect(
      await fetchResultAsync(bom.fetch, { status: 'succeeded', urls: ['https://cdn.test/v.svg'] }, 'vector'),
    ).toEqual({
      kind: 'svg',
      svg: SVG,
    });
  });

  it('rejects a file that is neither SVG nor a known image', async () => {
    const html = recordingFetch(new TextEncoder().encode('<html>login page</html>'));
    const error = await fetchResultAsync(
      html.fetch,
      { status: 'succeeded', urls: ['https://cdn.test/x'] },
      'raster',
    ).catch((e: unknown) => e);
    expect((error as PluginError).error.code).toBe('result-unreadable');
  });
});

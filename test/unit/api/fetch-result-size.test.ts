import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import { fetchResultAsync } from '../../../core/api/fetch-result';
import type { FetchLike, FetchResponseLike } from '../../../core/api/http';
import { MAX_IMAGE_RESULT_BYTES, resultByteLimit } from '../../../core/api/result-size';
import { DEFAULT_SVG_LIMITS } from '../../../core/svg/limits';
import type { TaskSnapshot } from '../../../core/tasks/types';

// A result over its limit is refused before it is read (from Content-Length) or before it is parsed.
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="3"/></svg>';
const snapshot: TaskSnapshot = { status: 'succeeded', urls: ['https://cdn.test/r/a.svg'] };

function answering(body: string, declared?: number) {
  const reads = { count: 0 };
  const response: FetchResponseLike = {
    ok: true,
    status: 200,
    headersObject: declared === undefined ? {} : { 'Content-Length': String(declared) },
    text: async () => (reads.count++, body),
    arrayBuffer: async () => (reads.count++, new TextEncoder().encode(body).buffer),
  };
  const fetch: FetchLike = async () => response;
  return { fetch, reads };
}

async function outcomeAsync(fetch: FetchLike) {
  try {
    return await fetchResultAsync(fetch, snapshot, 'vector');
  } catch (error) {
    if (error instanceof PluginError) return error.error;
    throw error;
  }
}

describe('result size limits', () => {
  it('are the SVG pipeline’s input limit for vectors, a larger one for images', () => {
    expect(resultByteLimit('vector')).toBe(DEFAULT_SVG_LIMITS.maxBytes);
    expect(resultByteLimit('raster')).toBe(MAX_IMAGE_RESULT_BYTES);
  });

  it('refuse a file whose declared length is over the limit without reading it', async () => {
    const { fetch, reads } = answering(SVG, DEFAULT_SVG_LIMITS.maxBytes + 1);
    const outcome = await outcomeAsync(fetch);
    expect(outcome).toMatchObject({ code: 'result-unreadable' });
    expect((outcome as { message: string }).message).toMatch(
      /^The result file is 8\.0 MB, more than the 8\.0 MB/,
    );
    expect(reads.count).toBe(0);
  });

  it('refuse a body over the limit that declared nothing, before parsing it', async () => {
    const huge = SVG.replace('<circle', `<!--${' '.repeat(DEFAULT_SVG_LIMITS.maxBytes)}--><circle`);
    const outcome = await outcomeAsync(answering(huge).fetch);
    expect((outcome as { message: string }).message).toMatch(/can insert safely, so it was not read/);
  });

  it('let a file within the limit through', async () => {
    const outcome = await outcomeAsync(answering(SVG, SVG.length).fetch);
    expect(outcome).toEqual({ kind: 'svg', svg: SVG });
  });
});

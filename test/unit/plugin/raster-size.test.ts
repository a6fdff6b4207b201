/**
 * Raster size sanity: a header is only what a file claims. Up to 4096 px a
 * side an image is placed at its size; larger, up to 32768, it is placed
 * scaled down to fit 4096 keeping its aspect ratio (the fill keeps the whole
 * image; Figma gets it re-encoded at that size first); zero or beyond 32768,
 * it is refused with a plain sentence, its raw file kept in History.
 */
import { describe, expect, it } from 'vitest';
import {
  fitWithin,
  isBelievableSize,
  MAX_IMAGE_SIDE,
  MAX_PLACED_SIDE,
  placedSize,
} from '../../../core/images/placed-size';
import type { PluginMessageOf } from '../../../core/protocol/messages';
import { STORE_KEYS } from '../../../core/storage/store';
import type { ResultPayload } from '../../../core/tasks/types';
import { prepareResult } from '../../../plugin/prepare-result';
import { makeTask, pngBytes } from './fixtures';
import { insert, startOn, until } from './harness';

const RASTER = 'recraft-v4-text-to-image';
const pendingKey = (id: string) => STORE_KEYS.pendingPrefix + id;

/** A small real PNG whose payload claims `width` × `height` (as its header would, sniffed). */
const claiming = (width: number, height: number): ResultPayload => ({
  kind: 'image',
  bytes: pngBytes(4, 4),
  mime: 'image/png',
  width,
  height,
});

describe('placedSize', () => {
  it('keeps sizes within the limit, scales larger ones down keeping the aspect ratio', () => {
    expect(MAX_PLACED_SIDE).toBe(4096);
    expect(placedSize(1024, 768)).toEqual({ width: 1024, height: 768 });
    expect(placedSize(4096, 4096)).toEqual({ width: 4096, height: 4096 });
    expect(placedSize(8192, 2048)).toEqual({ width: 4096, height: 1024 });
    expect(placedSize(3000, 30_000)).toEqual({ width: 410, height: 4096 });
    expect(placedSize(32_768, 1)).toEqual({ width: 4096, height: 1 });
    expect(fitWithin(100, 50, 10)).toEqual({ width: 10, height: 5 });
  });

  it('believes whole sizes from 1 to 32768 a side only', () => {
    expect(MAX_IMAGE_SIDE).toBe(32_768);
    expect(isBelievableSize(1, 1)).toBe(true);
    expect(isBelievableSize(32_768, 32_768)).toBe(true);
    for (const [w, h] of [
      [0, 10],
      [10, 0],
      [32_769, 10],
      [100_000, 100_000],
      [10.5, 10],
      [-1, 10],
    ]) {
      expect(isBelievableSize(w!, h!)).toBe(false);
    }
  });
});

describe('deliver-result: what is placed', () => {
  it('places an image claiming 8192 × 2048 as a 4096 × 1024 rectangle whose fill is the whole image', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const answer = await insert(host, makeTask('big', { model: RASTER }), claiming(8192, 2048));
    const node = host.nodes.get((answer as PluginMessageOf<'inserted'>).nodeId)!;
    expect(node).toMatchObject({ kind: 'image-rect', width: 4096, height: 1024 });
    expect(node.fill).toMatchObject({ width: 8192, height: 2048 });
  });

  // Zero never reaches the sandbox from Penpot's UI (the guard drops it); the runner's own path is prepare's.
  it.each([[100_000, 100_000]])(
    'refuses a header claiming %i × %i with a plain sentence, keeping the raw file',
    async (width, height) => {
      const task = makeTask('absurd', { model: RASTER });
      const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('absurd')]: task } });
      const answer = await insert(host, task, claiming(width, height));
      expect(answer).toMatchObject({
        type: 'insert-failed',
        error: { code: 'result-unreadable', action: 'check-history' },
      });
      const { message } = (answer as PluginMessageOf<'insert-failed'>).error;
      expect(message).toContain(
        `The image claims to be ${width}×${height} px, which is not a believable size`,
      );
      expect(host.nodes.size).toBe(0);
      expect(host.ofType('history').at(-1)!.history[0]).toMatchObject({ cached: true, kind: 'image' });
      expect(host.stored.has(pendingKey('absurd'))).toBe(false);
    },
  );

  it('refuses a header claiming 0 × 0 before the pipeline (a result of the sandbox’s own runner)', () => {
    const options = { vector: makeTask('z').request.vector };
    expect(() => prepareResult(claiming(0, 0), options)).toThrow(
      'The image claims to be 0×0 px, which is not a believable size',
    );
  });

  it('Figma: has the UI scale an image over 4096 px down to fit before importing it', async () => {
    const { host } = await startOn({ name: 'figma', maxImageSide: 4096 });
    const answer = insert(host, makeTask('scaled', { model: RASTER }), claiming(6000, 3000));
    await until(() => host.ofType('convert-image').length === 1);
    const ask = host.ofType('convert-image')[0]!;
    expect(ask).toMatchObject({ mime: 'image/png', maxSide: 4096 });
    const png = pngBytes(8, 4);
    host.send({
      type: 'image-converted',
      requestId: ask.requestId,
      image: { bytes: png, mime: 'image/png', width: 4096, height: 2048 },
    });
    const node = host.nodes.get(((await answer) as PluginMessageOf<'inserted'>).nodeId)!;
    expect(node).toMatchObject({ width: 4096, height: 2048 });
    expect(node.fill).toMatchObject({ bytes: png, width: 4096, height: 2048 });
  });

  it('Figma: an image within the limit is imported as it is', async () => {
    const { host } = await startOn({ name: 'figma', maxImageSide: 4096 });
    expect((await insert(host, makeTask('fits', { model: RASTER }), claiming(4096, 10))).type).toBe(
      'inserted',
    );
    expect(host.ofType('convert-image')).toEqual([]);
  });
});

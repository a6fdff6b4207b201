/**
 * Remove background and Upscale in the sandbox (issue 13): a landed raster result keeps its file's URL in
 * its meta and History, the selection offers it to the tools, and a tool task's result replaces that
 * layer's image fill in place (its displayed size kept), or lands as a new image once the layer is gone.
 */
import { describe, expect, it } from 'vitest';
import type { PluginMessageOf } from '../../../core/protocol/messages';
import { newToolTask } from '../../../core/tasks/tool-task';
import type { PendingTask } from '../../../core/tasks/types';
import { decodeMeta } from '../../../plugin/generation-meta';
import type { FakeHost } from './fake-host';
import { imageResult, KEY, makeTask } from './fixtures';
import { insert, startOn } from './harness';

const URL_A = 'https://cdn.test/results/a.png?X-Amz-Date=20260101T000000Z&X-Amz-Expires=86400';
const URL_B = 'https://cdn.test/results/b.png';
const MADE = 1_700_000_000_000;

/** A raster result as the runner hands it over: with its file's URL and when it was made. */
async function landedRaster(host: FakeHost) {
  const task: PendingTask = {
    ...makeTask('t-raster', { model: 'recraft-v4-text-to-image', prompt: 'a red kite', createdAt: MADE }),
    resultUrl: URL_A,
    madeAt: MADE,
  };
  const landed = (await insert(host, task, imageResult(48, 32))) as PluginMessageOf<'inserted'>;
  expect(landed.type).toBe('inserted');
  return host.nodes.get(landed.nodeId)!;
}

describe('raster tools in the sandbox', () => {
  it('keeps a raster result’s URL and time in its meta and History, and offers it to the tools', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const layer = await landedRaster(host);
    expect(decodeMeta(layer.pluginData.recraft)).toMatchObject({ resultUrl: URL_A, madeAt: MADE });
    const [entry] = await host.waitFor('history').then((m) => m.history);
    expect(entry).toMatchObject({ kind: 'image', resultUrl: URL_A, madeAt: MADE });
    expect(JSON.stringify([layer.pluginData, entry])).not.toContain(KEY);

    const from = host.messages.length;
    host.select(layer.id);
    const sent = await host.waitFor('selection', from);
    expect(sent.selection.raster).toEqual({
      prompt: 'a red kite',
      model: 'recraft-v4-text-to-image',
      size: '1024x1024',
      resultUrl: URL_A,
      madeAt: MADE,
      nodeId: layer.id,
    });
  });

  it('offers nothing to the tools for a vector result', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const task = { ...makeTask('t-vector'), resultUrl: URL_A, madeAt: MADE };
    const landed = (await insert(host, task, imageResult())) as PluginMessageOf<'inserted'>;
    host.select(landed.nodeId);
    expect((await host.selectionAsync()).raster).toBeUndefined();
  });

  for (const name of ['figma', 'penpot'] as const) {
    it(`${name}: Upscale's result replaces the layer's image fill in place, at the layer's displayed size`, async () => {
      const { host } = await startOn({ name });
      const layer = await landedRaster(host);
      Object.assign(layer, { name: 'Kite', x: 70, y: 80 });
      const { width, height } = layer;
      host.select(layer.id);
      const source = (await host.selectionAsync()).raster!;
      const tool = {
        ...newToolTask({ taskId: 't-upscale' }, 'upscale', source, MADE + 1000),
        resultUrl: URL_B,
        madeAt: MADE + 1000,
      };
      const nodesBefore = host.nodes.size;
      const answer = await insert(host, tool, imageResult(96, 64));
      expect(answer).toMatchObject({ type: 'inserted', nodeId: layer.id });
      expect(host.nodes.size).toBe(nodesBefore);
      expect(layer).toMatchObject({ name: 'Kite', x: 70, y: 80, width, height });
      expect(layer.fill).toMatchObject({ width: 96, height: 64, mime: 'image/png' });
      // Its meta is the tool's result now: the next tool works on the upscaled file.
      expect(decodeMeta(layer.pluginData.recraft)).toMatchObject({
        taskId: 't-upscale',
        prompt: 'a red kite',
        resultUrl: URL_B,
        madeAt: MADE + 1000,
      });
      expect(await host.storage.keysAsync()).not.toContain('pending:t-upscale');
    });
  }

  it('lands as a new image when the layer it was meant for is gone (a History entry’s)', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const layer = await landedRaster(host);
    host.select(layer.id);
    const source = (await host.selectionAsync()).raster!;
    host.nodes.delete(layer.id);
    const tool = newToolTask({ taskId: 't-remove-bg' }, 'remove-bg', source, MADE + 1000);
    const answer = (await insert(host, tool, imageResult(48, 32))) as PluginMessageOf<'inserted'>;
    expect(answer.type).toBe('inserted');
    const landed = host.nodes.get(answer.nodeId)!;
    expect(landed.kind).toBe('image-rect');
    expect(landed.fill).toMatchObject({ width: 48, height: 32 });
  });
});

/**
 * Upscale end to end in the Figma emulation (issue 13): a generated raster layer keeps its result's URL in
 * its meta; a tool task posted as the UI posts it and handed over with track-task is followed by the
 * sandbox's runner, and its result replaces the layer's image fill in place at the layer's displayed size.
 * (Penpot follows tasks in the plugin window's runner, which the UI wiring starts; the sandbox's side is the
 * same delivery path, tested in test/unit/plugin/tool-delivery.test.ts.)
 */
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createToolTaskAsync } from '../../core/api/client';
import { newToolTask, toolSourceOfMeta } from '../../core/tasks/tool-task';
import { DEMO_KEY } from '../../dev/mock/types';
import { decodeMeta } from '../../plugin/generation-meta';
import { useE2e } from './e2e-suite';
import { WAIT } from './playground-session';
import { byId, topLevelNamed } from './scene';
import { sendFromUiAsync } from './send-from-ui';

const e2e = useE2e();

afterEach(() => {
  e2e.world().mock.setRasterOverride(null);
});

/** A small PNG for the mock's raster results, so the tool's work is quick. */
function smallPng(): Buffer {
  const png = new PNG({ width: 40, height: 30 });
  for (let i = 0; i < 40 * 30; i++)
    png.data.set(i % 40 < 20 ? [200, 220, 240, 255] : [220, 30, 30, 255], i * 4);
  return PNG.sync.write(png);
}

describe('figma: raster tools', () => {
  it('Upscale replaces the layer’s image fill in place, at its displayed size, charged once', async () => {
    const { mock } = e2e.world();
    mock.setRasterOverride({ bytes: smallPng(), mime: 'image/png' });
    const session = await e2e.openAsync('figma', { key: DEMO_KEY });
    const prompt = 'a red kite over the hills';
    const layer = await session.generateNodeAsync({ prompt, model: 'recraft-v4-text-to-image' });
    expect([layer.width, layer.height]).toEqual([40, 30]);
    const meta = decodeMeta(layer.pluginData.recraft)!;
    expect(meta.resultUrl).toMatch(/^http/);
    expect(JSON.stringify(layer.pluginData)).not.toContain(DEMO_KEY);

    const before = mock.balance(DEMO_KEY)!;
    const source = toolSourceOfMeta(meta, layer.id)!;
    const created = await createToolTaskAsync({
      fetch: (url, init) => fetch(url, init),
      apiBase: mock.apiBase,
      apiKey: DEMO_KEY,
      tool: 'upscale',
      imageUrl: source.resultUrl,
    });
    const task = newToolTask(created, 'upscale', source, Date.now());
    await sendFromUiAsync(session, { type: 'track-task', requestId: 'tool-1', task });

    const imageWidth = async () => byId(await session.snapshotAsync(), layer.id)?.fills[0]?.imageWidth;
    await expect.poll(imageWidth, WAIT).toBe(80);
    const after = byId(await session.snapshotAsync(), layer.id)!;
    expect([after.x, after.y, after.width, after.height]).toEqual([layer.x, layer.y, 40, 30]);
    expect(after.fills).toHaveLength(1);
    expect(after.fills[0]).toMatchObject({ type: 'IMAGE', imageWidth: 80, imageHeight: 60 });
    expect(topLevelNamed(await session.snapshotAsync(), prompt)).toHaveLength(1);
    expect(decodeMeta(after.pluginData.recraft)).toMatchObject({ taskId: task.taskId, prompt });
    expect(decodeMeta(after.pluginData.recraft)?.resultUrl).not.toBe(meta.resultUrl);
    expect(before - mock.balance(DEMO_KEY)!).toBe(1);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

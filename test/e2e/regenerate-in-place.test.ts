/**
 * Regenerate a generated layer, end to end in both hosts' adapters and the playground's documents: a task
 * whose request is the selection's Regenerate offer (the same settings, target replace) lands where the
 * old layer was, with its name, position, size, parent and place among its siblings, and the old layer is
 * gone while History keeps both results. The result is handed over from inside the plugin window, as
 * Penpot's UI runner does (insert-result), so the test does not depend on how the window lays the button out.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import type { SnapshotNode } from '../../dev/playground/api-types';
import { STORE_KEYS } from '../../core/storage/store';
import { regenerateLayerRequest } from '../../core/tasks/regenerate-request';
import { decodeMeta, META_KEY } from '../../plugin/generation-meta';
import { pngBytes } from '../unit/plugin/fixtures';
import { HOSTS, useE2e } from './e2e-suite';
import { sendFromUiAsync } from './send-from-ui';
import { WAIT, type PlaygroundSession } from './playground-session';

const e2e = useE2e();
const RASTER = 'recraft-v4-text-to-image';

const topLevel = async (session: PlaygroundSession) => (await session.snapshotAsync()).children;

function drawing(width: number, height: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect x="${width / 4}" y="${height / 4}" width="${width / 2}" height="${height / 2}" fill="#3366ff"/></svg>`
  );
}

describe.each(HOSTS)('%s: Regenerate replaces the layer in place', (host) => {
  it('lands where the old layer was, named as it, and History keeps both', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const old = await session.generateNodeAsync({ prompt: `a lighthouse (${host})` });
    await session.generateNodeAsync({ prompt: `a harbour (${host})` });
    const before = await topLevel(session);
    const at = before.findIndex((n) => n.id === old.id);
    const meta = decodeMeta(old.pluginData[META_KEY])!;
    expect(meta.vector).toBeDefined();
    await session.selectAsync([old.id]);

    const createdAt = Date.now();
    const task = {
      taskId: `regen-${host}`,
      createdAt,
      deadlineAt: createdAt + 3_600_000,
      request: regenerateLayerRequest(meta, old.id),
    };
    const result = { kind: 'svg', svg: drawing(old.width, old.height) };
    await sendFromUiAsync(session, { type: 'insert-result', requestId: 'regen-test', task, result });

    const landed = (nodes: readonly SnapshotNode[]) =>
      nodes.find((n) => decodeMeta(n.pluginData[META_KEY])?.taskId === task.taskId);
    await expect.poll(async () => landed(await topLevel(session)) !== undefined, WAIT).toBe(true);
    const after = await topLevel(session);
    const fresh = landed(after)!;
    expect(after.some((n) => n.id === old.id)).toBe(false);
    expect(after.findIndex((n) => n.id === fresh.id)).toBe(at);
    expect(after).toHaveLength(before.length);
    expect(fresh).toMatchObject({ name: old.name, x: old.x, y: old.y, width: old.width, height: old.height });
    expect(decodeMeta(fresh.pluginData[META_KEY])).toMatchObject({
      prompt: meta.prompt,
      vector: meta.vector,
    });

    const history = (await session.storageAsync())[STORE_KEYS.historyIndex] as { taskId: string }[];
    expect(history.map((e) => e.taskId)).toEqual(expect.arrayContaining([task.taskId, meta.taskId]));
    expect(await session.errorsAsync()).toEqual([]);
  });
});

describe.each(HOSTS)('%s: Regenerate an image', (host) => {
  it('puts the new image into the rectangle as its fill: same layer, new picture', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const old = await session.generateNodeAsync({ prompt: `a meadow (${host})`, model: RASTER });
    const [oldFill] = old.fills;
    expect(oldFill?.type).toBe('IMAGE');
    const meta = decodeMeta(old.pluginData[META_KEY])!;
    const createdAt = Date.now();
    const task = {
      taskId: `regen-image-${host}`,
      createdAt,
      deadlineAt: createdAt + 3_600_000,
      request: regenerateLayerRequest(meta, old.id),
    };
    const bytes = pngBytes(40, 30);
    await sendFromUiAsync(session, {
      type: 'insert-result',
      requestId: 'regen-image-test',
      task,
      result: { kind: 'image', bytes: [...bytes], mime: 'image/png', width: 40, height: 30 },
    });

    const fillOf = async () => (await topLevel(session)).find((n) => n.id === old.id)?.fills[0];
    await expect.poll(async () => (await fillOf())?.imageWidth, WAIT).toBe(40);
    const now = (await topLevel(session)).find((n) => n.id === old.id)!;
    expect(now).toMatchObject({ name: old.name, x: old.x, y: old.y, width: old.width, height: old.height });
    expect(decodeMeta(now.pluginData[META_KEY])?.taskId).toBe(task.taskId);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

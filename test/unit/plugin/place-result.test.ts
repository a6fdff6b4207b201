/**
 * The one placing function, called with only what to place (no task), and
 * its two callers: a task's delivery and History's Insert again.
 */
import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import { History } from '../../../core/history/history';
import type { GenerationMeta } from '../../../core/protocol/messages';
import { createChargeNoticeStore } from '../../../core/tasks/charge-notices';
import { createPendingStore } from '../../../core/tasks/pending-store';
import { ApiKeyCache } from '../../../plugin/api-key-cache';
import { ImageConverter } from '../../../plugin/image-converter';
import { placeAsync } from '../../../plugin/place-result';
import type { PluginContext } from '../../../plugin/plugin-context';
import { Placer } from '../../../plugin/placement/placer';
import { SetKeeper } from '../../../plugin/sets/set-keeper';
import { UiRequests } from '../../../plugin/ui-requests';
import { FakeHost } from './fake-host';
import { imageResult, makeTask, svgResult } from './fixtures';
import { insert, startOn } from './harness';

function contextOn(host: FakeHost): PluginContext {
  const requests = new UiRequests(host);
  return {
    host,
    history: new History(host.storage),
    pending: createPendingStore(host.storage),
    notices: createChargeNoticeStore(host.storage),
    apiKey: new ApiKeyCache(host.storage),
    placer: new Placer(host),
    sets: new SetKeeper(host, host.storage),
    now: () => 0,
    images: new ImageConverter(host, requests),
    requests,
    deliveries: new Map(),
  };
}

const META: GenerationMeta = {
  prompt: 'an owl',
  model: 'recraft-v4-text-to-vector',
  size: '1024x1024',
  taskId: 'm1',
  createdAt: 5,
};
/** Says 1024 in its text; the size the pipeline reported is what counts. */
const ICON = {
  kind: 'svg' as const,
  svg: '<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024"/>',
  size: { width: 24, height: 24 },
};

describe('placeAsync: what to place, nothing more', () => {
  it('places a prepared SVG with its name and meta, at a free spot of the size the pipeline reported', async () => {
    const host = new FakeHost({ name: 'penpot' });
    const ctx = contextOn(host);
    const first = await placeAsync(ctx, {
      result: ICON,
      name: 'owl',
      meta: META,
      target: { kind: 'viewport' },
    });
    const second = await placeAsync(ctx, {
      result: ICON,
      name: 'owl',
      meta: META,
      target: { kind: 'viewport' },
    });
    expect(first.show).toEqual({ kind: 'focus' });
    const [a, b] = [host.nodes.get(first.nodeId)!, host.nodes.get(second.nodeId)!];
    expect(a).toMatchObject({ kind: 'vector', name: 'owl' });
    expect(JSON.parse(a.pluginData.recraft!)).toEqual(META);
    // A spot for 24 × 24, not the 1024 its text says: centred in the view; the next one clear of it.
    expect({ x: a.x, y: a.y }).toEqual({ x: 1000 - 12, y: 500 - 12 });
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    expect(host.focused).toEqual([]);
  });

  it('fills a shape with an image, and sends an SVG meant for a fill to the view', async () => {
    const host = new FakeHost({ name: 'penpot' });
    const ctx = contextOn(host);
    const shape = host.addNode('shape');
    const image = imageResult(64, 32);
    if (image.kind !== 'image') throw new Error('an image fixture');
    const fill = { kind: 'fill' as const, nodeId: shape.id };
    const filled = await placeAsync(ctx, { result: image, name: 'fox', meta: META, target: fill });
    expect(filled.nodeId).toBe(shape.id);
    expect(shape.fill).toMatchObject({ width: 64, height: 32 });
    const vector = await placeAsync(ctx, { result: ICON, name: 'owl', meta: META, target: fill });
    expect(host.nodes.get(vector.nodeId)!.kind).toBe('vector');
    expect(host.nodes.get(vector.nodeId)!.parentId).toBeUndefined();
  });

  it('rejects with a PluginError saying the canvas refused it', async () => {
    const host = new FakeHost({ name: 'penpot', refuseSvg: true });
    const placing = placeAsync(contextOn(host), {
      result: ICON,
      name: 'owl',
      meta: META,
      target: { kind: 'viewport' },
    });
    await expect(placing).rejects.toBeInstanceOf(PluginError);
    expect(host.nodes.size).toBe(0);
  });
});

describe('both callers place the same layer', () => {
  it('a task’s delivery and History’s Insert again: same name, meta and size; History keeps no record', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const task = makeTask('same', {
      prompt: 'an owl',
      vector: { ...makeTask('x').request.vector, iconFrame: { size: 24, padding: 2 } },
    });
    const delivered = await insert(host, task, svgResult());
    const first = host.nodes.get((delivered as { nodeId: string }).nodeId)!;
    const [entry] = host.ofType('history').at(-1)!.history;
    const from = host.messages.length;
    host.send({ type: 'insert-history', entryId: entry!.id });
    const again = host.nodes.get((await host.waitFor('inserted', from)).nodeId)!;
    expect(again).toMatchObject({ name: first.name, width: 24, height: 24, svg: first.svg });
    const meta = (node: typeof first) => JSON.parse(node.pluginData.recraft!) as Record<string, unknown>;
    // History keeps no vector options for a landed result (its drawing is already cleaned), so the copy's
    // meta lacks only them: Regenerate on it starts from the defaults.
    expect({ ...meta(again), createdAt: 0 }).toEqual({ ...meta(first), createdAt: 0, vector: undefined });
    expect([...host.stored.keys()].filter((k) => k.startsWith('pending:'))).toEqual([]);
    expect(host.ofType('history').at(-1)!.history).toHaveLength(1);
  });
});

/**
 * Regenerate a generated layer (not a set's icon): the selection offers the same settings again, aimed at
 * that layer; the result replaces it in place (name, position, size, parent, order) and History keeps both.
 */
import { describe, expect, it } from 'vitest';
import type { PluginMessageOf } from '../../../core/protocol/messages';
import type { VectorOptions } from '../../../core/tasks/types';
import { decodeMeta } from '../../../plugin/generation-meta';
import type { FakeHost } from './fake-host';
import { imageResult, makeTask, svgResult } from './fixtures';
import { insert, startOn } from './harness';

const VECTOR: VectorOptions = {
  removeBackground: true,
  recolor: 'mono',
  palette: ['#112233'],
  mono: '#445566',
  iconFrame: { size: 48, padding: 4 },
};

/** A generated layer landed as a task's result, then moved and renamed by the designer inside a frame. */
async function landedLayer(host: FakeHost) {
  const frame = host.addNode('frame', { name: 'Hero', x: 500, y: 500, width: 400, height: 400 });
  const below = host.addNode('shape', { name: 'below', parentId: frame.id });
  const first = makeTask('t-first', { prompt: 'a lighthouse', vector: VECTOR });
  const landed = await insert(host, first, svgResult());
  expect(landed.type).toBe('inserted');
  const layer = host.nodes.get((landed as PluginMessageOf<'inserted'>).nodeId)!;
  Object.assign(layer, { name: 'My lighthouse', parentId: frame.id, x: 30, y: 40 });
  const above = host.addNode('shape', { name: 'above', parentId: frame.id });
  return { frame, below, above, layer };
}

function orderIn(host: FakeHost, parentId: string): string[] {
  return [...host.nodes.values()].filter((n) => n.parentId === parentId).map((n) => n.name);
}

describe('Regenerate a generated layer', () => {
  it('offers the same prompt, model, size and vector options again, aimed at the selected layer', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const { layer } = await landedLayer(host);
    expect(decodeMeta(layer.pluginData.recraft)?.vector).toEqual(VECTOR);
    const from = host.messages.length;
    host.select(layer.id);
    const sent = await host.waitFor('selection', from);
    const selection = await host.selectionAsync();
    // A plain layer, not a set's icon: its replace target carries no icon meta.
    expect(selection.regenerate?.request.target).not.toHaveProperty('icon');
    expect(selection.regenerate).toEqual({
      nodeId: layer.id,
      name: 'My lighthouse',
      request: {
        model: 'recraft-v4-text-to-vector',
        prompt: 'a lighthouse',
        size: '1024x1024',
        vector: VECTOR,
        target: { kind: 'replace', nodeId: layer.id },
      },
    });
    // Sent to the UI as it is: the guard takes it.
    expect(sent.selection.regenerate).toEqual(selection.regenerate);
  });

  it('replaces the layer in place with the new result, and History keeps the old one too', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const { frame, layer } = await landedLayer(host);
    const { width, height } = layer;
    host.select(layer.id);
    const { request } = (await host.selectionAsync()).regenerate!;
    const again = await insert(
      host,
      makeTask('t-again', { ...request, target: request.target }),
      svgResult(),
    );
    expect(again.type).toBe('inserted');
    const nodeId = (again as PluginMessageOf<'inserted'>).nodeId;
    expect(host.nodes.has(layer.id)).toBe(false);
    expect(host.nodes.get(nodeId)).toMatchObject({
      name: 'My lighthouse',
      parentId: frame.id,
      x: 30,
      y: 40,
      width,
      height,
    });
    expect(orderIn(host, frame.id)).toEqual(['below', 'My lighthouse', 'above']);
    expect(decodeMeta(host.nodes.get(nodeId)!.pluginData.recraft)).toMatchObject({
      taskId: 't-again',
      vector: VECTOR,
    });
    const history = host.ofType('history').at(-1)!.history;
    expect(history.map((e) => e.taskId)).toEqual(['t-again', 't-first']);
    // The new layer offers Regenerate again, aimed at itself.
    host.select(nodeId);
    expect((await host.selectionAsync()).regenerate?.request.target).toEqual({ kind: 'replace', nodeId });
  });

  it('puts a new image into an image-filled rectangle as its fill, keeping the rectangle', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const first = makeTask('t-img', { model: 'recraft-v4-text-to-image', prompt: 'a meadow' });
    const landed = (await insert(host, first, imageResult(48, 32))) as PluginMessageOf<'inserted'>;
    host.select(landed.nodeId);
    const { request } = (await host.selectionAsync()).regenerate!;
    const again = (await insert(
      host,
      makeTask('t-img2', request),
      imageResult(64, 64),
    )) as PluginMessageOf<'inserted'>;
    expect(again.nodeId).toBe(landed.nodeId);
    expect(host.nodes.get(landed.nodeId)?.fill?.width).toBe(64);
  });

  it('lands in the view when the layer was deleted meanwhile', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const { layer } = await landedLayer(host);
    host.select(layer.id);
    const { request } = (await host.selectionAsync()).regenerate!;
    host.nodes.delete(layer.id);
    const again = (await insert(
      host,
      makeTask('t-gone', request),
      svgResult(),
    )) as PluginMessageOf<'inserted'>;
    expect(host.nodes.get(again.nodeId)?.parentId).toBeUndefined();
  });
});

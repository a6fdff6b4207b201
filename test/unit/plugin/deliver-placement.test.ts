import { describe, expect, it } from 'vitest';
import { STAGGER_GAP, STAGGER_WINDOW_MS } from '../../../plugin/stagger';
import { imageResult, makeTask, svgResult } from './fixtures';
import { insert, startOn } from './harness';

describe('deliver-result: where and what', () => {
  it('turns SVG into a vector node named after the prompt, centred in the view, with plugin data', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const task = makeTask('t1', { prompt: '  a friendly\nrobot icon  ' });
    const answer = await insert(host, task, svgResult());
    expect(answer.type).toBe('inserted');
    const node = host.nodes.get((answer as { nodeId: string }).nodeId)!;
    expect(node).toMatchObject({ kind: 'vector', name: 'a friendly robot icon', width: 1024, height: 1024 });
    expect({ x: node.x, y: node.y }).toEqual({ x: 1000 - 512, y: 500 - 512 });
    expect(JSON.parse(node.pluginData.recraft!)).toEqual({
      prompt: task.request.prompt,
      model: task.request.model,
      size: task.request.size,
      taskId: 't1',
      createdAt: task.createdAt,
    });
    expect(host.focused).toEqual([node.id]);
    expect(host.notifications).toHaveLength(1);
    expect(host.notifications[0]!.message.length).toBeLessThanOrEqual(100);
  });

  it('turns a raster result into an image rectangle of the image size', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const task = makeTask('t2', { model: 'recraft-v4-text-to-image' });
    const result = imageResult(300, 200);
    const answer = await insert(host, task, result);
    const node = host.nodes.get((answer as { nodeId: string }).nodeId)!;
    expect(node).toMatchObject({ kind: 'image-rect', width: 300, height: 200 });
    expect(node.fill?.bytes).toEqual((result as { bytes: Uint8Array }).bytes);
  });

  it('fills the chosen shape with a raster result instead of adding a node', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const shape = host.addNode('shape', { name: 'Avatar' });
    const task = makeTask('t3', {
      model: 'recraft-v4-text-to-image',
      target: { kind: 'fill', nodeId: shape.id },
    });
    const answer = await insert(host, task, imageResult(64, 64));
    expect(answer).toEqual({ type: 'inserted', requestId: 'insert-t3', taskId: 't3', nodeId: shape.id });
    expect(host.nodes.size).toBe(1);
    expect(shape.fill?.width).toBe(64);
    expect(JSON.parse(shape.pluginData.recraft!).taskId).toBe('t3');
  });

  it('makes a rectangle in the view when the shape to fill was deleted meanwhile', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const task = makeTask('t4', {
      model: 'recraft-v4-text-to-image',
      target: { kind: 'fill', nodeId: 'gone' },
    });
    const answer = await insert(host, task, imageResult(64, 64));
    const node = host.nodes.get((answer as { nodeId: string }).nodeId)!;
    expect(node.kind).toBe('image-rect');
    expect(node.parentId).toBeUndefined();
    expect(node.x).toBe(1000 - 32);
  });

  it('places the result inside the chosen frame, centred in it', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const frame = host.addNode('frame', { width: 2000, height: 1200 });
    const answer = await insert(
      host,
      makeTask('t5', { target: { kind: 'inside', nodeId: frame.id } }),
      svgResult(),
    );
    const node = host.nodes.get((answer as { nodeId: string }).nodeId)!;
    expect(node.parentId).toBe(frame.id);
    expect({ x: node.x, y: node.y }).toEqual({ x: (2000 - 1024) / 2, y: (1200 - 1024) / 2 });
  });

  it('falls back to the view when the frame is gone', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const answer = await insert(
      host,
      makeTask('t6', { target: { kind: 'inside', nodeId: 'gone' } }),
      svgResult(),
    );
    const node = host.nodes.get((answer as { nodeId: string }).nodeId)!;
    expect(node.parentId).toBeUndefined();
    expect(node.x).toBe(1000 - 512);
  });

  it('lays results that arrive together side by side, and starts at the centre again after a pause', async () => {
    const { host, advance } = await startOn({ name: 'penpot' });
    const xs: number[] = [];
    for (const id of ['b1', 'b2', 'b3']) {
      const answer = await insert(host, makeTask(id), svgResult());
      xs.push(host.nodes.get((answer as { nodeId: string }).nodeId)!.x);
      advance(2000);
    }
    expect(xs).toEqual([488, 488 + 1024 + STAGGER_GAP, 488 + 2 * (1024 + STAGGER_GAP)]);
    advance(STAGGER_WINDOW_MS);
    const later = await insert(host, makeTask('b4'), svgResult());
    expect(host.nodes.get((later as { nodeId: string }).nodeId)!.x).toBe(488);
  });
});

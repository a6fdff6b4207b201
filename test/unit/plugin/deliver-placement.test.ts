import { describe, expect, it } from 'vitest';
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
      vector: task.request.vector,
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

  it('never lands a single result on the previous one, nor on another layer, however long after', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const layer = host.addNode('shape', { x: 900, y: 400, width: 200, height: 200 });
    const placed = [];
    for (const id of ['s1', 's2', 's3']) {
      const answer = await insert(host, makeTask(id), svgResult());
      placed.push(host.nodes.get((answer as { nodeId: string }).nodeId)!);
    }
    const all = [layer, ...placed];
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
    // A single result is still selected and brought into view, with its toast.
    expect(host.focused).toEqual(placed.map((n) => n.id));
    expect(host.notifications).toHaveLength(3);
  });

  it('lands a batch of 8 in one row with equal gaps from one anchor, in any finishing order, revealed once', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const frame = host.addNode('frame', { x: 10_000, y: 0, width: 9000, height: 2000 });
    const target = { kind: 'inside' as const, nodeId: frame.id };
    const ids = new Map<number, string>();
    for (const index of [5, 0, 7, 2, 1, 6, 3, 4]) {
      const task = makeTask(`b${index}`, { target, batch: { id: 'press', index, count: 8 } });
      const answer = await insert(host, task, svgResult());
      ids.set(index, (answer as { nodeId: string }).nodeId);
      // The designer clicking elsewhere meanwhile changes nothing: the target was fixed at the press.
      host.select();
    }
    const nodes = [...Array(8).keys()].map((k) => host.nodes.get(ids.get(k)!)!);
    expect(new Set(nodes.map((n) => n.parentId))).toEqual(new Set([frame.id]));
    expect(new Set(nodes.map((n) => n.y)).size).toBe(1);
    const steps = nodes.slice(1).map((n, k) => n.x - nodes[k]!.x);
    expect(steps).toEqual(Array(7).fill(1024 + 40));
    expect(nodes[0]!.x).toBe((9000 - (8 * 1064 - 40)) / 2);
    // One move of the view, to the whole row on the page; no node selected, one toast.
    expect(host.reveals).toEqual([
      { x: 10_000 + nodes[0]!.x, y: nodes[0]!.y, width: 8 * 1064 - 40, height: 1024 },
    ]);
    expect(host.focused).toEqual([]);
    expect(host.notifications).toHaveLength(1);
  });
});

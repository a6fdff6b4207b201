import { describe, expect, it } from 'vitest';
import { STORE_KEYS } from '../../../core/storage/store';
import type { PendingTask, ResultPayload } from '../../../core/tasks/types';
import { STAGGER_GAP, STAGGER_WINDOW_MS } from '../../../plugin/stagger';
import type { FakeHost } from './fake-host';
import { DIRTY_SVG, imageResult, makeTask, svgResult } from './fixtures';
import { startOn } from './harness';

/** Hands a result over as Penpot's UI does and waits for the answer. */
async function insert(host: FakeHost, task: PendingTask, result: ResultPayload) {
  const from = host.messages.length;
  host.send({ type: 'insert-result', task, result });
  return Promise.race([host.waitFor('inserted', from), host.waitFor('insert-failed', from)]);
}

const pendingKey = (id: string) => STORE_KEYS.pendingPrefix + id;

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
      shape: task.request.shape,
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
    expect(answer).toEqual({ type: 'inserted', taskId: 't3', nodeId: shape.id });
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

describe('deliver-result: records', () => {
  it('records the cleaned SVG in History and on the canvas', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const answer = await insert(host, makeTask('c1'), svgResult(DIRTY_SVG));
    const node = host.nodes.get((answer as { nodeId: string }).nodeId)!;
    expect(node.svg).toContain('<circle');
    expect(node.svg).not.toMatch(/script|onclick/i);
    const history = await host.waitFor('history');
    expect(history.history).toHaveLength(1);
    expect(history.history[0]).toMatchObject({ taskId: 'c1', kind: 'svg', cached: true });
    host.send({ type: 'request-thumbnails', entryIds: [history.history[0]!.id] });
    const thumbs = await host.waitFor('thumbnails');
    expect(thumbs.thumbnails[0]!.data).toBe(node.svg);
  });

  it('removes the pending record once the node exists, and inserts a result handed over twice once', async () => {
    const task = makeTask('p1');
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('p1')]: task } });
    const first = await insert(host, task, svgResult());
    expect(first.type).toBe('inserted');
    expect(host.stored.has(pendingKey('p1'))).toBe(false);
    const second = await insert(host, task, svgResult());
    expect(second).toEqual(first);
    expect([...host.nodes.values()].filter((n) => n.kind === 'vector')).toHaveLength(1);
  });

  it('keeps the pending record and History as they were when the host refuses, and can try again', async () => {
    const task = makeTask('f1');
    const { host } = await startOn({
      name: 'penpot',
      storage: { [pendingKey('f1')]: task },
      refuseSvg: true,
    });
    const failed = await insert(host, task, svgResult());
    expect(failed).toMatchObject({ type: 'insert-failed', taskId: 'f1', error: { code: 'insert-failed' } });
    expect(host.nodes.size).toBe(0);
    expect(host.stored.has(pendingKey('f1'))).toBe(true);
    expect(host.ofType('history')).toEqual([]);
    host.refuseSvg = false;
    expect((await insert(host, task, svgResult())).type).toBe('inserted');
    expect(host.stored.has(pendingKey('f1'))).toBe(false);
  });

  it('refuses SVG the pipeline rejects with invalid-svg, losing nothing', async () => {
    const task = makeTask('f2');
    const { host } = await startOn({ name: 'penpot', storage: { [pendingKey('f2')]: task } });
    const bad = '<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>';
    const failed = await insert(host, task, svgResult(bad));
    expect(failed).toMatchObject({ type: 'insert-failed', taskId: 'f2', error: { code: 'invalid-svg' } });
    expect(host.nodes.size).toBe(0);
    expect(host.stored.has(pendingKey('f2'))).toBe(true);
  });

  it('refuses an unreadable image payload', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const result = { kind: 'image', bytes: 'not bytes', mime: 'image/png', width: 10, height: 10 };
    const failed = await insert(host, makeTask('f3'), result as unknown as ResultPayload);
    expect(failed).toMatchObject({ type: 'insert-failed', error: { code: 'result-unreadable' } });
    expect(host.nodes.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { UI_SIZE_LIMITS } from '../../../core/ui-size';
import { userError } from '../../../core/errors/catalogue';
import { fromBase64 } from '../../../core/bytes/base64';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { STORE_KEYS } from '../../../core/storage/store';
import type { FakeHost } from './fake-host';
import { imageResult, makeTask, svgResult } from './fixtures';
import { initOf, startOn, until } from './harness';

async function generated(host: FakeHost) {
  const vector = makeTask('h1', { prompt: 'owl' });
  const raster = makeTask('h2', { prompt: 'fox', model: 'recraft-v4-text-to-image' });
  host.send({ type: 'insert-result', requestId: 'rq', task: vector, result: svgResult() });
  host.send({ type: 'insert-result', requestId: 'rq', task: raster, result: imageResult(40, 30) });
  await until(() => host.ofType('history').some((m) => m.history.length === 2));
  const history = host.ofType('history').find((m) => m.history.length === 2)!.history;
  return {
    svgEntry: history.find((e) => e.taskId === 'h1')!,
    imageEntry: history.find((e) => e.taskId === 'h2')!,
  };
}

describe('History', () => {
  it('inserts a cached result again through the same path, without a new entry', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const { svgEntry } = await generated(host);
    const before = host.ofType('history').length;
    const frame = host.addNode('frame', { width: 2000, height: 2000 });
    host.select(frame.id);
    const from = host.messages.length;
    host.send({ type: 'insert-history', entryId: svgEntry.id });
    const inserted = await host.waitFor('inserted', from);
    const node = host.nodes.get(inserted.nodeId)!;
    expect(node).toMatchObject({ kind: 'vector', name: 'owl', parentId: frame.id });
    expect(JSON.parse(node.pluginData.recraft!)).toMatchObject({ prompt: 'owl', taskId: 'h1' });
    expect(host.ofType('history')).toHaveLength(before);
  });

  it('never fills a selected shape unasked: Insert again places a new image', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const { imageEntry } = await generated(host);
    const shape = host.addNode('shape');
    host.select(shape.id);
    const from = host.messages.length;
    host.send({ type: 'insert-history', entryId: imageEntry.id });
    const inserted = await host.waitFor('inserted', from);
    expect(inserted.nodeId).not.toBe(shape.id);
    expect(host.nodes.get(inserted.nodeId)).toMatchObject({ kind: 'image-rect', name: 'fox' });
    expect(host.nodes.get(shape.id)!.fill).toBeUndefined();
  });

  it('says so when the entry is no longer cached', async () => {
    const { host } = await startOn({ name: 'penpot' });
    host.send({ type: 'insert-history', entryId: 'missing' });
    expect((await host.waitFor('error')).error.code).toBe('result-expired');
    expect(host.nodes.size).toBe(0);
  });

  it('deletes an entry and sends the new list', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const { svgEntry, imageEntry } = await generated(host);
    const from = host.messages.length;
    host.send({ type: 'delete-history', entryId: svgEntry.id });
    const history = await host.waitFor('history', from);
    expect(history.history.map((e) => e.id)).toEqual([imageEntry.id]);
  });

  it('sends thumbnails: SVG text for vectors, base64 bytes and type for images', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const { svgEntry, imageEntry } = await generated(host);
    host.send({ type: 'request-thumbnails', entryIds: [svgEntry.id, 'missing', imageEntry.id] });
    const { thumbnails } = await host.waitFor('thumbnails');
    expect(thumbnails.map((t) => [t.entryId, t.kind, t.mime])).toEqual([
      [svgEntry.id, 'svg', 'image/svg+xml'],
      [imageEntry.id, 'image', 'image/png'],
    ]);
    expect(thumbnails[0]!.data).toContain('<svg');
    const bytes = fromBase64(thumbnails[1]!.data);
    expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
  });
});

describe('other messages', () => {
  it('stores settings checked field by field', async () => {
    const { host } = await startOn();
    const settings = {
      ...DEFAULT_SETTINGS,
      batch: 4,
      model: 'imagen-4',
      set: { ...DEFAULT_SETTINGS.set, variants: 99 },
    };
    host.send({ type: 'save-settings', settings });
    const init = await initOf(host);
    expect(init.settings).toEqual({ ...DEFAULT_SETTINGS, batch: 4, model: 'imagen-4' });
    expect(host.stored.has(STORE_KEYS.settings)).toBe(true);
  });

  it('refuses settings whose API base is not one, saying so, and keeps the saved ones', async () => {
    const { host } = await startOn();
    const from = host.messages.length;
    host.send({ type: 'save-settings', settings: { ...DEFAULT_SETTINGS, apiBase: 'javascript:alert(1)' } });
    const { error } = await host.waitFor('error', from);
    expect(error).toEqual(userError('api-base-invalid'));
    expect(host.stored.has(STORE_KEYS.settings)).toBe(false);
  });

  it('shows notifications of at most 100 characters', async () => {
    const { host } = await startOn();
    host.send({ type: 'notify', message: 'x'.repeat(250), error: true });
    await initOf(host);
    expect(host.notifications).toEqual([{ message: `${'x'.repeat(99)}…`, error: true }]);
  });

  it('selects a node on request and keeps resizes within bounds', async () => {
    const { host } = await startOn();
    const node = host.addNode('shape');
    host.send({ type: 'select-node', nodeId: node.id });
    host.send({ type: 'resize', width: 10_000, height: 10 });
    await initOf(host);
    expect(host.focused).toEqual([node.id]);
    expect(host.uiSize).toEqual({ width: UI_SIZE_LIMITS.maxWidth, height: UI_SIZE_LIMITS.minHeight });
  });
});

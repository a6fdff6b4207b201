import { describe, expect, it } from 'vitest';
import type { PluginMessageOf } from '../../../core/protocol/messages';
import type { ResultPayload } from '../../../core/tasks/types';
import { makeTask, pngBytes } from './fixtures';
import { insert, startOn, until } from './harness';

/** Bytes standing for a WebP file: the fake canvas only looks at the declared type. */
const webp = (width: number, height: number): ResultPayload => ({
  kind: 'image',
  bytes: new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3]),
  mime: 'image/webp',
  width,
  height,
});

describe('deliver-result: images the host cannot import', () => {
  it('has the UI re-encode a WebP result as PNG, then places and keeps the PNG', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const task = makeTask('w1', { model: 'recraft-v4-text-to-image' });
    const answer = insert(host, task, webp(64, 40));
    await until(() => host.ofType('convert-image').length === 1);
    const ask = host.ofType('convert-image')[0] as PluginMessageOf<'convert-image'>;
    expect(ask.mime).toBe('image/webp');
    const png = pngBytes(64, 40);
    host.send({
      type: 'image-converted',
      requestId: ask.requestId,
      image: { bytes: png, mime: 'image/png', width: 64, height: 40 },
    });

    const done = (await answer) as PluginMessageOf<'inserted'>;
    expect(done.type).toBe('inserted');
    expect(host.nodes.get(done.nodeId)).toMatchObject({ kind: 'image-rect', width: 64, height: 40 });
    expect(host.nodes.get(done.nodeId)!.fill).toMatchObject({ mime: 'image/png', bytes: png });
  });

  it('keeps the result in History when the UI cannot decode it', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const task = makeTask('w2', { model: 'recraft-v4-text-to-image' });
    const answer = insert(host, task, webp(64, 40));
    await until(() => host.ofType('convert-image').length === 1);
    const ask = host.ofType('convert-image')[0] as PluginMessageOf<'convert-image'>;
    host.send({ type: 'image-converted', requestId: ask.requestId, error: 'decode failed' });

    expect(await answer).toMatchObject({
      type: 'insert-failed',
      error: { code: 'insert-failed', action: 'check-history' },
    });
    expect(host.nodes.size).toBe(0);
    expect(host.ofType('history').at(-1)!.history[0]).toMatchObject({ taskId: 'w2', cached: true });
  });

  it('passes what the host imports straight through', async () => {
    const { host } = await startOn({ name: 'penpot', imageMimes: ['image/png', 'image/webp'] });
    const answer = await insert(host, makeTask('w3', { model: 'recraft-v4-text-to-image' }), webp(10, 10));
    expect(answer.type).toBe('inserted');
    expect(host.ofType('convert-image')).toEqual([]);
  });
});

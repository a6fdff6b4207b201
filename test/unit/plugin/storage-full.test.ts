/**
 * Storage full: the pending record of a task already charged matters more
 * than History's cached files. A refused record write evicts History's files
 * (landed results oldest first, results not inserted last) and tries again;
 * when even that fails the task runs in memory and the UI is told, so it can
 * ask the designer to keep the plugin open until it lands.
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { STORE_KEYS } from '../../../core/storage/store';
import type { ResultPayload } from '../../../core/tasks/types';
import type { FakeHost } from './fake-host';
import { usedBytes } from './fake-storage';
import { KEY, SANDBOX_GATEWAY, SAVED_API, SVG, makeTask } from './fixtures';
import { initOf, insert, startOn } from './harness';
import { inMemoryGateway } from '../../support/in-memory-gateway';

const pendingKey = (id: string) => STORE_KEYS.pendingPrefix + id;
const RASTER = 'recraft-v4-text-to-image';

/** A 24×24 PNG of noise: it does not compress, so each cached file takes about 3.1 KB as base64. */
function noisyImage(seed: number): ResultPayload {
  const png = new PNG({ width: 24, height: 24 });
  let x = seed * 7919 + 1;
  for (let i = 0; i < png.data.length; i++) {
    // xorshift32: noise deflate cannot shrink.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    png.data[i] = x & 0xff;
  }
  const bytes = new Uint8Array(PNG.sync.write(png));
  return { kind: 'image', bytes, mime: 'image/png', width: 24, height: 24 };
}

const imageTask = (prompt: string, id = prompt) => makeTask(id, { prompt, model: RASTER });

/** Lands `prompts` in order, the first the oldest, each as its own History file. */
async function landAsync(host: FakeHost, prompts: readonly string[]) {
  for (const [i, prompt] of prompts.entries()) {
    expect((await insert(host, imageTask(prompt), noisyImage(i))).type).toBe('inserted');
  }
}

/** Whether each History entry's file is still cached, by prompt, as the next 'init' lists them. */
async function cachedByPromptAsync(host: FakeHost) {
  const { history } = await initOf(host);
  return Object.fromEntries(history.map((e) => [e.prompt, e.cached]));
}

describe('a pending record that does not fit', () => {
  it('evicts History’s oldest landed file first, and only as many as it takes', async () => {
    const { host } = await startOn({ name: 'penpot' });
    await landAsync(host, ['oldest', 'middle', 'newest']);
    host.limitStorage(usedBytes(host.stored) + 200);
    const from = host.messages.length;
    host.send({ type: 'track-task', requestId: 'rq', task: makeTask('big') });
    expect(await host.waitFor('task-persisted', from)).toEqual({
      type: 'task-persisted',
      requestId: 'rq',
      taskId: 'big',
    });
    expect(host.stored.has(pendingKey('big'))).toBe(true);
    expect(await cachedByPromptAsync(host)).toEqual({ oldest: false, middle: true, newest: true });
  });

  it('keeps the file of a result not inserted (the only copy) until every landed one has gone', async () => {
    const { host } = await startOn({ name: 'penpot' });
    host.insertError = new Error('refused');
    expect(await insert(host, imageTask('kept'), noisyImage(9))).toMatchObject({
      error: { action: 'check-history' },
    });
    host.insertError = undefined;
    await landAsync(host, ['landed-1', 'landed-2']);
    expect(await cachedByPromptAsync(host)).toEqual({ kept: true, 'landed-1': true, 'landed-2': true });

    // A record needing more than one file's room but less than two: both landed files go, the one
    // not inserted (older than both) stays.
    host.limitStorage(usedBytes(host.stored) + 200);
    const long = imageTask('p'.repeat(5000), 'long');
    const sizeOf = (prompt: string) =>
      host
        .ofType('history')
        .at(-1)!
        .history.find((e) => e.prompt === prompt)!.bytes;
    const recordBytes = JSON.stringify(long).length;
    expect(recordBytes).toBeGreaterThan(sizeOf('landed-1') + 200);
    expect(recordBytes).toBeLessThan(sizeOf('landed-1') + sizeOf('landed-2'));
    const from = host.messages.length;
    host.send({ type: 'track-task', requestId: 'rq', task: long });
    expect((await host.waitFor('task-persisted', from)).taskId).toBe('long');
    expect(await cachedByPromptAsync(host)).toEqual({ kept: true, 'landed-1': false, 'landed-2': false });
  });

  it('when nothing more can go, the sandbox says the task is not saved (Penpot)', async () => {
    const { host } = await startOn({ name: 'penpot' });
    host.limitStorage(usedBytes(host.stored));
    host.send({ type: 'track-task', requestId: 'rq', task: makeTask('lost') });
    expect(await host.waitFor('task-not-saved')).toEqual({
      type: 'task-not-saved',
      requestId: 'rq',
      taskId: 'lost',
    });
    expect(host.ofType('task-persisted')).toEqual([]);
    expect(host.ofType('error')).toEqual([]);
  });

  it('Figma: the sandbox runner follows an unsaved task in memory, marked unsaved, and still lands it', async () => {
    const gateway = inMemoryGateway(SVG, 1, SANDBOX_GATEWAY);
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { ...SAVED_API, [STORE_KEYS.apiKey]: KEY },
    });
    host.limitStorage(usedBytes(host.stored));
    host.send({ type: 'track-task', requestId: 'rq', task: makeTask('mem', { createdAt: Date.now() }) });
    expect((await host.waitFor('task-not-saved')).taskId).toBe('mem');
    const inserted = await host.waitFor('inserted');
    expect(host.nodes.has(inserted.nodeId)).toBe(true);
    const views = host.ofType('task-update').map((m) => m.view);
    expect(views.length).toBeGreaterThan(1);
    expect(views.every((v) => v.unsaved === true)).toBe(true);
    expect(host.stored.has(pendingKey('mem'))).toBe(false);
  });
});

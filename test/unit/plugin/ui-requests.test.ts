/** The sandbox asking the UI (UiRequests), and the controller answering the UI's requests. */
import { describe, expect, it } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import type { PluginMessageOf } from '../../../core/protocol/messages';
import { RequestTimeoutError } from '../../../core/protocol/request';
import { ImageConverter } from '../../../plugin/image-converter';
import { UiRequests } from '../../../plugin/ui-requests';
import { FakeHost } from './fake-host';
import { makeTask } from './fixtures';
import { startOn } from './harness';

const bytes = new Uint8Array([1, 2, 3]);
const png = { bytes, mime: 'image/png' as const, width: 4, height: 2 };

/** Timers the test fires by hand. */
function manualTimers() {
  const due: { fn: () => void; ms: number }[] = [];
  return { due, setTimer: (fn: () => void, ms: number) => void due.push({ fn, ms }) };
}

describe('UiRequests', () => {
  it('pairs each answer with its request by id, ignoring a stray one', async () => {
    const host = new FakeHost();
    const requests = new UiRequests(host, manualTimers().setTimer);
    const first = requests.requestAsync('convert-image', { bytes, mime: 'image/webp' });
    const second = requests.requestAsync('convert-image', { bytes, mime: 'image/gif', maxSide: 8 });
    const [one, two] = host.ofType('convert-image') as PluginMessageOf<'convert-image'>[];
    expect(one).toEqual({ type: 'convert-image', requestId: expect.any(String), bytes, mime: 'image/webp' });
    requests.receive({ type: 'image-converted', requestId: 'plugin-999', image: png });
    requests.receive({ type: 'image-converted', requestId: two!.requestId, error: 'no decoder' });
    requests.receive({ type: 'image-converted', requestId: one!.requestId, image: png });
    await expect(first).resolves.toEqual({ type: 'image-converted', requestId: one!.requestId, image: png });
    await expect(second).resolves.toMatchObject({ error: 'no decoder' });
  });

  it('rejects with RequestTimeoutError once its time is up, and a late answer changes nothing', async () => {
    const host = new FakeHost();
    const timers = manualTimers();
    const requests = new UiRequests(host, timers.setTimer);
    const asking = requests.requestAsync('convert-image', { bytes, mime: 'image/webp' }, { timeoutMs: 1234 });
    expect(timers.due.map((t) => t.ms)).toEqual([1234]);
    timers.due[0]!.fn();
    await expect(asking).rejects.toBeInstanceOf(RequestTimeoutError);
    const [ask] = host.ofType('convert-image') as PluginMessageOf<'convert-image'>[];
    expect(() =>
      requests.receive({ type: 'image-converted', requestId: ask!.requestId, image: png }),
    ).not.toThrow();
  });

  it('asks again, once the UI is ready, only what is still unanswered', async () => {
    const host = new FakeHost();
    const requests = new UiRequests(host, manualTimers().setTimer);
    const answered = requests.requestAsync('convert-image', { bytes, mime: 'image/webp' });
    void requests.requestAsync('convert-image', { bytes, mime: 'image/bmp' });
    const [one, two] = host.ofType('convert-image') as PluginMessageOf<'convert-image'>[];
    requests.receive({ type: 'image-converted', requestId: one!.requestId, image: png });
    await answered;
    requests.askAgain();
    expect(host.ofType('convert-image')).toEqual([one, two, two]);
  });

  it('ImageConverter: a UI that never answers ends in a plain PluginError, not a hang', async () => {
    const host = new FakeHost();
    const timers = manualTimers();
    const converter = new ImageConverter(host, new UiRequests(host, timers.setTimer));
    const converting = converter.readableAsync({ bytes, mime: 'image/webp', width: 4, height: 2 });
    await Promise.resolve();
    timers.due[0]!.fn();
    await expect(converting).rejects.toBeInstanceOf(PluginError);
    await expect(converting).rejects.toMatchObject({
      error: { action: 'check-history', message: expect.stringMatching(/did not answer/) },
    });
  });
});

describe('the controller answers the UI’s requests', () => {
  it('with the requestId it was asked with', async () => {
    const { host } = await startOn({ name: 'penpot' });
    host.send({ type: 'track-task', requestId: 'ui-7', task: makeTask('t1') });
    expect(await host.waitFor('task-persisted')).toEqual({
      type: 'task-persisted',
      requestId: 'ui-7',
      taskId: 't1',
    });
  });

  it('with an error naming the request when its handler fails', async () => {
    const { host } = await startOn({ name: 'penpot' });
    host.send({ type: 'export-history', requestId: 'ui-8', entryId: 'gone' });
    expect(await host.waitFor('error')).toMatchObject({
      requestId: 'ui-8',
      error: { code: 'result-expired' },
    });
  });

  it('drops a request that carries no requestId', async () => {
    const { host } = await startOn({ name: 'penpot' });
    host.send({ type: 'export-history', entryId: 'gone' });
    host.send({ type: 'track-task', task: makeTask('t2') });
    host.send({ type: 'ui-ready' });
    await host.waitFor('init');
    // Had either been taken, its answer (an error, a record) would be out by now.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.messages.map((m) => m.type)).toEqual(['init']);
    expect([...host.stored.keys()].some((k) => k.startsWith('pending:'))).toBe(false);
  });
});

/**
 * History delete with undo: a deleted entry is hidden at once, deleted once its window has passed, brought
 * back by Undo within it, and deleted on the next open when the plugin closed during it.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_UNDO_MS } from '../../../core/history/trash';
import { STORE_KEYS } from '../../../core/storage/store';
import { storedOnlyFollower } from '../../../plugin/followers/stored-only';
import { startPlugin } from '../../../plugin/start-plugin';
import { FakeHost, type FakeHostOptions } from './fake-host';
import { makeTask, svgResult } from './fixtures';
import { insert } from './harness';

/** A host whose timers wait to be run by the test (the plugin's clock is the test's too). */
class TimedHost extends FakeHost {
  readonly timers: { fn: () => void; ms: number }[] = [];
  override setTimer(fn: () => void, ms = 0): unknown {
    this.timers.push({ fn, ms });
    return this.timers.length;
  }
}

async function open(options: FakeHostOptions = {}) {
  const host = new TimedHost({ name: 'penpot', ...options });
  const clock = { now: 1_800_000_000_000 };
  const plugin = startPlugin(host, {
    now: () => clock.now,
    requestTimer: (fn, ms) => setTimeout(fn, ms),
    createFollower: storedOnlyFollower,
  });
  await plugin.ready;
  return { host, clock };
}

/** Runs the timers set so far, after moving the clock by `ms`, and lets their work finish. */
async function pass(host: TimedHost, clock: { now: number }, ms: number) {
  clock.now += ms;
  for (const timer of host.timers.splice(0)) timer.fn();
  await new Promise((resolve) => setTimeout(resolve, 5));
}

async function twoEntries(host: FakeHost) {
  await insert(host, makeTask('t-a', { prompt: 'an apple' }), svgResult());
  await insert(host, makeTask('t-b', { prompt: 'a banana' }), svgResult());
  const entries = host.ofType('history').at(-1)!.history;
  expect(entries.map((e) => e.taskId)).toEqual(['t-b', 't-a']);
  return entries;
}

async function send(host: FakeHost, message: Record<string, unknown>) {
  const from = host.messages.length;
  host.send(message);
  return (await host.waitFor('history', from)).history.map((e) => e.taskId);
}

describe('History delete with undo', () => {
  it('hides a deleted entry at once and keeps its file until the window has passed', async () => {
    const { host, clock } = await open();
    const [banana, apple] = await twoEntries(host);
    const kept = (id: string) => host.stored.has(STORE_KEYS.historyBlobPrefix + id);
    expect(await send(host, { type: 'delete-history', entryId: banana!.id })).toEqual(['t-a']);
    expect(host.timers.map((t) => t.ms)).toEqual([HISTORY_UNDO_MS]);
    expect(kept(banana!.id)).toBe(true);
    // A timer that fires early (a host's timers are not exact) deletes nothing before its time.
    await pass(host, clock, HISTORY_UNDO_MS - 1);
    expect(kept(banana!.id)).toBe(true);
    // The next delete's timer takes whatever is due by then, the earlier one too.
    expect(await send(host, { type: 'delete-history', entryId: apple!.id })).toEqual([]);
    await pass(host, clock, HISTORY_UNDO_MS);
    expect([kept(banana!.id), kept(apple!.id)]).toEqual([false, false]);
    expect(await send(host, { type: 'undo-delete-history', entryId: banana!.id })).toEqual([]);
  });

  it('brings the entry back in its place with Undo, and its timer then deletes nothing', async () => {
    const { host, clock } = await open();
    const [banana] = await twoEntries(host);
    await send(host, { type: 'delete-history', entryId: banana!.id });
    expect(await send(host, { type: 'undo-delete-history', entryId: banana!.id })).toEqual(['t-b', 't-a']);
    await pass(host, clock, HISTORY_UNDO_MS);
    expect(host.stored.has(STORE_KEYS.historyBlobPrefix + banana!.id)).toBe(true);
    // Deleted again: the first timer (already run) cannot cut the second window short.
    await send(host, { type: 'delete-history', entryId: banana!.id });
    await pass(host, clock, HISTORY_UNDO_MS / 2);
    expect(await send(host, { type: 'undo-delete-history', entryId: banana!.id })).toEqual(['t-b', 't-a']);
  });

  it('deletes on the next open what was still hidden when the plugin closed', async () => {
    const first = await open();
    const [banana] = await twoEntries(first.host);
    await send(first.host, { type: 'delete-history', entryId: banana!.id });
    // Closed within the window: its timer never runs. The next open starts from the same storage.
    const stored = Object.fromEntries([...first.host.stored].map(([k, v]) => [k, JSON.parse(v)]));
    const { host } = await open({ storage: stored });
    expect(host.stored.has(STORE_KEYS.historyBlobPrefix + banana!.id)).toBe(false);
    const from = host.messages.length;
    host.send({ type: 'ui-ready' });
    const init = await host.waitFor('init', from);
    expect(init.history.map((e) => e.taskId)).toEqual(['t-a']);
    expect(await send(host, { type: 'undo-delete-history', entryId: banana!.id })).toEqual(['t-a']);
  });
});

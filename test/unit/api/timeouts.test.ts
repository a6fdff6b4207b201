import { describe, expect, it } from 'vitest';
import { createGenerationAsync, getTaskAsync } from '../../../core/api/client';
import { PluginError } from '../../../core/api/errors';
import { fetchResultAsync } from '../../../core/api/fetch-result';
import type { FetchLike } from '../../../core/api/http';
import { TIMEOUTS } from '../../../core/api/timeouts';
import { deadlineMs } from '../../../core/tasks/schedule';
import { DEFAULT_VECTOR_OPTIONS } from '../../../core/tasks/types';
import { VirtualClock } from '../../support/virtual-clock';

/** A server that never answers, counting the requests it gets. */
function silentFetch() {
  const calls: string[] = [];
  const fetch: FetchLike = (url) => {
    calls.push(url);
    return new Promise(() => undefined);
  };
  return { fetch, calls };
}

/** Settles `promise` into a readable outcome without letting it reject unobserved. */
function outcomeOf<T>(promise: Promise<T>) {
  const box: { error?: unknown; done: boolean } = { done: false };
  promise.then(
    () => (box.done = true),
    (error: unknown) => Object.assign(box, { done: true, error }),
  );
  return box;
}

const common = { apiBase: 'https://apiin.one/api/v1', apiKey: 'aio_test_key_123456' };

describe('the timeouts table is what the client waits by default', () => {
  it('a poll is given up (a missed poll) after TIMEOUTS.pollMs', async () => {
    const clock = new VirtualClock();
    const { fetch } = silentFetch();
    const poll = outcomeOf(getTaskAsync({ ...common, fetch, clock, taskId: 't1' }));
    await clock.advanceAsync(TIMEOUTS.pollMs - 1);
    expect(poll.done).toBe(false);
    await clock.advanceAsync(1);
    expect((poll.error as PluginError).error.code).toBe('network');
  });

  it('the generation POST waits TIMEOUTS.generationMs, then says it may have been charged', async () => {
    const clock = new VirtualClock();
    const { fetch, calls } = silentFetch();
    const request = {
      model: 'recraft-v4-text-to-vector' as const,
      prompt: 'a paper plane',
      size: '1024x1024',
      vector: DEFAULT_VECTOR_OPTIONS,
      target: { kind: 'viewport' as const },
    };
    const post = outcomeOf(createGenerationAsync({ ...common, fetch, clock, request }));
    await clock.advanceAsync(TIMEOUTS.generationMs - 1);
    expect(post.done).toBe(false);
    await clock.advanceAsync(1);
    expect((post.error as PluginError).error.code).toBe('ambiguous');
    expect(calls).toHaveLength(1);
  });

  it('a download attempt is abandoned after TIMEOUTS.downloadMs and tried again', async () => {
    const clock = new VirtualClock();
    const { fetch, calls } = silentFetch();
    const snapshot = { status: 'succeeded' as const, urls: ['https://cdn.example/a.png'] };
    let stopped = false;
    const download = outcomeOf(
      fetchResultAsync(fetch, snapshot, 'raster', { clock, random: () => 0.5, stopped: () => stopped }),
    );
    await clock.advanceAsync(TIMEOUTS.downloadMs - 1);
    expect(calls).toHaveLength(1);
    await clock.advanceAsync(1 + 60_000);
    expect(calls.length).toBeGreaterThan(1);
    stopped = true;
    await clock.advanceAsync(TIMEOUTS.downloadMs + 60_000);
    expect(download.done).toBe(true);
  });

  it('a task is followed at least TIMEOUTS.taskDeadlineMinMs before the designer is asked', () => {
    expect(deadlineMs(1000)).toBe(TIMEOUTS.taskDeadlineMinMs);
    expect(deadlineMs(TIMEOUTS.taskDeadlineMinMs)).toBe(6 * TIMEOUTS.taskDeadlineMinMs);
  });
});

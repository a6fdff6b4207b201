import { describe, expect, it } from 'vitest';
import { ambiguousError, errorFromResponse, PluginError } from '../../../core/api/errors';
import type { FetchLike } from '../../../core/api/http';
import type { ChargeNotice } from '../../../core/tasks/charge-notices';
import { newPendingTask } from '../../../core/tasks/new-task';
import type { GenerationRequest, PendingTask, TaskView } from '../../../core/tasks/types';
import { generateBatchAsync, skippedNote, type GenerateDeps } from '../../../ui/state/generate';
import { request } from './fakes';

interface Harness {
  deps: GenerateDeps;
  posts: GenerationRequest[];
  tracked: PendingTask[];
  /** Every placeholder state shown, in order, per local id. */
  shown: Map<string, TaskView[]>;
  hidden: string[];
  notices: ChargeNotice[];
}

const unusedFetch: FetchLike = () => Promise.reject(new Error('the fake client does not fetch'));

/** `answers[i]` is the outcome of the i-th POST: a task id, or an error to throw. */
function harness(answers: (string | Error)[], trackError?: Error): Harness {
  const h: Harness = { posts: [], tracked: [], shown: new Map(), hidden: [], notices: [], deps: undefined! };
  let clock = 1_000;
  let ids = 0;
  h.deps = {
    createGenerationAsync: async ({ request: r, apiKey, apiBase }) => {
      expect(apiKey).toBe('aio_secret');
      expect(apiBase).toBe('http://127.0.0.1:1/api/v1');
      h.posts.push(r);
      const answer = answers[h.posts.length - 1];
      if (answer === undefined) throw new Error('unexpected extra POST');
      if (answer instanceof Error) throw answer;
      return { taskId: answer };
    },
    newPendingTask,
    fetch: unusedFetch,
    now: () => (clock += 10),
    newId: () => `local-${ids++}`,
    track: async (task) => {
      h.tracked.push(task);
      if (trackError) throw trackError;
    },
    show: (id, view) => h.shown.set(id, [...(h.shown.get(id) ?? []), view]),
    hide: (id) => void h.hidden.push(id),
    remember: (notice) => void h.notices.push(notice),
  };
  return h;
}

const job = (count: number) => ({
  apiBase: 'http://127.0.0.1:1/api/v1',
  apiKey: 'aio_secret',
  request: request(),
  count,
});

describe('generateBatchAsync', () => {
  it('sends one POST per image, shows each as Sending… and hands each task over', async () => {
    const h = harness(['t1', 't2', 't3']);
    const outcome = await generateBatchAsync(h.deps, job(3));
    expect(outcome).toEqual({ accepted: 3, skipped: 0 });
    expect(h.posts).toHaveLength(3);
    expect(h.tracked.map((t) => t.taskId)).toEqual(['t1', 't2', 't3']);
    // The POST went to the job's API base; the task itself names none.
    expect(h.tracked[0]).not.toHaveProperty('apiBase');
    expect(h.tracked[0]!.request).toEqual({ ...request(), batch: { id: 'local-0', index: 0, count: 3 } });
    const phases = h.shown.get('local-0')!.map((v) => [v.taskId, v.phase]);
    expect(phases).toEqual([
      ['local-0', 'submitting'],
      ['t1', 'queued'],
    ]);
    expect(h.hidden).toEqual(['local-0', 'local-1', 'local-2']);
    expect(skippedNote(outcome)).toBeUndefined();
  });

  it('gives every image of one press the same batch id, its index and the count (one row on the canvas)', async () => {
    const h = harness(['t1', 't2', 't3', 't4']);
    await generateBatchAsync(h.deps, job(3));
    expect(h.posts.map((r) => r.batch)).toEqual([
      { id: 'local-0', index: 0, count: 3 },
      { id: 'local-0', index: 1, count: 3 },
      { id: 'local-0', index: 2, count: 3 },
    ]);
    expect(h.tracked.map((t) => t.request.batch?.index)).toEqual([0, 1, 2]);
    // The placeholders show the same request as sent.
    expect(h.shown.get('local-2')![0]!.request.batch).toEqual({ id: 'local-0', index: 2, count: 3 });
    // A single image is no batch: it finds its own free spot.
    await generateBatchAsync(h.deps, job(1));
    expect(h.posts[3]).not.toHaveProperty('batch');
  });

  it('stops the batch at the first failure, shows it and never resends', async () => {
    const refused = new PluginError(errorFromResponse(402, ''));
    const h = harness(['t1', refused]);
    const outcome = await generateBatchAsync(h.deps, job(4));
    expect(h.posts).toHaveLength(2);
    expect(outcome.accepted).toBe(1);
    expect(outcome.skipped).toBe(2);
    expect(outcome.error!.code).toBe('no-credits');
    const failed = h.shown.get('local-1')!.at(-1)!;
    expect(failed).toMatchObject({ phase: 'failed', taskId: 'local-1', error: { code: 'no-credits' } });
    expect(h.hidden).toEqual(['local-0']);
    expect(skippedNote(outcome)).toBe('Stopped after a failure: the other 2 images were not requested.');
  });

  it('leaves a refused key to the key panel: no failed item, no further POST', async () => {
    const h = harness([new PluginError(errorFromResponse(401, ''))]);
    const outcome = await generateBatchAsync(h.deps, job(3));
    expect(h.posts).toHaveLength(1);
    expect(outcome).toMatchObject({ accepted: 0, skipped: 2, error: { code: 'invalid-key' } });
    expect(h.hidden).toEqual(['local-0']);
    expect(h.shown.get('local-0')!.map((v) => v.phase)).toEqual(['submitting']);
  });

  it('keeps the gateway’s ambiguous outcome as is, once', async () => {
    const h = harness([new PluginError(ambiguousError())]);
    const outcome = await generateBatchAsync(h.deps, job(1));
    expect(h.posts).toHaveLength(1);
    expect(outcome).toMatchObject({ accepted: 0, skipped: 0, error: { code: 'ambiguous' } });
  });

  it('turns an ambiguous POST into a notice (prompt, model, time, reason; never the key), not a placeholder', async () => {
    const h = harness([new PluginError(ambiguousError())]);
    await generateBatchAsync(h.deps, job(1));
    expect(h.hidden).toEqual(['local-0']);
    expect(h.notices).toEqual([
      {
        id: 'local-0',
        prompt: request().prompt,
        model: request().model,
        createdAt: h.shown.get('local-0')![0]!.createdAt,
        reason: expect.stringMatching(/may have been charged/),
      },
    ]);
    expect(JSON.stringify(h.notices)).not.toContain('aio_secret');
  });

  it('treats an unexpected throw during the POST as ambiguous (it may have been charged)', async () => {
    const h = harness([new TypeError('boom')]);
    const outcome = await generateBatchAsync(h.deps, job(2));
    expect(h.posts).toHaveLength(1);
    expect(outcome.error).toMatchObject({ code: 'ambiguous', action: 'check-history' });
    expect(skippedNote(outcome)).toMatch(/other 1 image was not requested/);
  });

  it('reports a task that was accepted but could not be persisted', async () => {
    const h = harness(['t1'], new Error('storage full'));
    const outcome = await generateBatchAsync(h.deps, job(1));
    expect(h.tracked).toHaveLength(1);
    expect(outcome.error!.message).toMatch(/may still be charged/);
    expect(h.shown.get('local-0')!.at(-1)).toMatchObject({ taskId: 'local-0', phase: 'failed' });
  });
});

import { describe, expect, it } from 'vitest';
import { handleAdmin } from '../../../dev/mock/admin';
import { concurrencyRefusal } from '../../../dev/mock/concurrency';
import { optionsFromEnv } from '../../../dev/mock/env-options';
import { MockState } from '../../../dev/mock/state';
import { TaskBook } from '../../../dev/mock/tasks';
import { validateGeneration, type ValidRequest } from '../../../dev/mock/validate';

const request = validateGeneration({
  model: 'recraft-v4-text-to-vector',
  prompt: 'bell icon',
}) as ValidRequest;

/** A book with tasks for `key` running over [createdAt, createdAt + durationMs). */
function bookWith(...tasks: { key?: string; createdAt: number; durationMs: number }[]): TaskBook {
  const book = new TaskBook();
  for (const t of tasks) {
    book.create({
      request,
      key: t.key ?? 'k',
      shape: 'envelope',
      now: t.createdAt,
      durationMs: t.durationMs,
    });
  }
  return book;
}

describe('mock concurrency limit', () => {
  it('lets a key create tasks up to its limit, counting only its own unfinished ones', () => {
    const book = bookWith(
      { createdAt: 0, durationMs: 10_000 },
      { createdAt: 0, durationMs: 1_000 }, // finished at 1 000
      { key: 'other', createdAt: 0, durationMs: 10_000 },
    );
    expect(concurrencyRefusal(book, 'k', 500, 2)).toBeDefined();
    expect(concurrencyRefusal(book, 'k', 1_000, 2)).toBeUndefined();
    expect(concurrencyRefusal(book, 'other', 500, 2)).toBeUndefined();
    expect(concurrencyRefusal(book, 'k', 500, undefined)).toBeUndefined();
    expect(book.unfinished('k', 1_000).length).toBe(1);
  });

  it("answers 429 with Retry-After: whole seconds until the key's first task ends, at least one", () => {
    const book = bookWith({ createdAt: 0, durationMs: 4_200 }, { createdAt: 1_000, durationMs: 9_000 });
    const refusal = concurrencyRefusal(book, 'k', 1_000, 2)!;
    expect(refusal.status).toBe(429);
    expect(refusal.headers).toMatchObject({ 'Retry-After': '4' });
    expect(JSON.parse(String(refusal.body))).toMatchObject({
      error: { message: expect.stringMatching(/at most 2/) },
    });
    expect(concurrencyRefusal(book, 'k', 4_150, 2)!.headers).toMatchObject({ 'Retry-After': '1' });
  });

  it('is set from the options, the admin route (null lifts it) and the environment, and reset restores it', () => {
    const state = new MockState({ maxConcurrent: 3 });
    expect(state.maxConcurrent).toBe(3);
    const admin = (body: unknown) =>
      handleAdmin(state, 'POST', '/__admin/max-concurrent', JSON.stringify(body));
    expect(admin({ max: 1 }).status).toBe(200);
    expect(state.maxConcurrent).toBe(1);
    expect(state.summary()).toMatchObject({ maxConcurrent: 1 });
    for (const max of [0, 1.5, '2', -1, undefined]) expect(admin({ max }).status).toBe(400);
    expect(state.maxConcurrent).toBe(1);
    expect(admin({ max: null }).status).toBe(200);
    expect(state.maxConcurrent).toBeUndefined();
    state.reset();
    expect(state.maxConcurrent).toBe(3);
    expect(optionsFromEnv({ MOCK_MAX_CONCURRENT: '4' }).maxConcurrent).toBe(4);
    expect(optionsFromEnv({}).maxConcurrent).toBeUndefined();
    expect(() => optionsFromEnv({ MOCK_MAX_CONCURRENT: '0' })).toThrow(/MOCK_MAX_CONCURRENT/);
  });
});

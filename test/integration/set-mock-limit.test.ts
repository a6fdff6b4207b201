import { describe, expect, it } from 'vitest';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY } from '../../dev/mock/types';
import { createAsync, jsonOf, pollAsync, sleepAsync, statusOf, useMock } from './mock-client';

const VECTOR = 'recraft-v4-text-to-vector';
const CREDITS = 20;

// Long tasks: nothing finishes while a test looks at the limit.
const mock = useMock({
  durationMs: 60_000,
  maxConcurrent: 2,
  keys: { [DEMO_KEY]: 1000, aio_other_key: 1000 },
});

const icon = (subject: string) => ({ model: VECTOR, prompt: `${subject} icon, outline` });
const posts = () =>
  mock()
    .log()
    .filter((e) => e.method === 'POST');

describe('mock gateway: tasks in progress per key', () => {
  it('answers 429 with Retry-After beyond the limit: nothing created, nothing charged, logged', async () => {
    const before = mock().balance(DEMO_KEY)!;
    const tasksBefore = mock().tasks().length;
    expect((await createAsync(mock(), icon('home'))).status).toBe(200);
    expect((await createAsync(mock(), icon('search'))).status).toBe(200);
    const refused = await createAsync(mock(), icon('user'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect((await jsonOf(refused)).error.message).toMatch(/at most 2/);
    expect(mock().balance(DEMO_KEY)).toBe(before - 2 * CREDITS);
    expect(mock().tasks().length).toBe(tasksBefore + 2);
    expect(posts().map((e) => e.status)).toEqual([200, 200, 429]);
    // Another key has its own limit.
    expect((await createAsync(mock(), icon('bell'), 'aio_other_key')).status).toBe(200);
  });

  it('takes a new task once one has ended, and any number with the limit lifted', async () => {
    const key = 'aio_second_key';
    mock().setBalance(key, 1000);
    mock().setMaxConcurrent(1);
    mock().setDuration(30);
    const short = await jsonOf(await createAsync(mock(), icon('mail'), key));
    let status = '';
    for (let i = 0; i < 500 && status !== 'SUCCESS'; i++) {
      status = statusOf(await jsonOf(await pollAsync(mock(), short.data.task_id, key)));
      if (status !== 'SUCCESS') await sleepAsync(10);
    }
    expect(status).toBe('SUCCESS');
    mock().setDuration(60_000);
    expect((await createAsync(mock(), icon('calendar'), key)).status).toBe(200);
    expect((await createAsync(mock(), icon('camera'), key)).status).toBe(429);
    mock().setMaxConcurrent(null);
    for (const subject of ['lock', 'trash', 'rocket']) {
      expect((await createAsync(mock(), icon(subject), key)).status).toBe(200);
    }
    expect(() => mock().setMaxConcurrent(0)).toThrow(/whole number/);
    mock().setMaxConcurrent(2);
  });

  it('is steered over the admin route too', async () => {
    const admin = (body: unknown) =>
      fetch(`${mock().origin}/__admin/max-concurrent`, { method: 'POST', body: JSON.stringify(body) });
    expect((await jsonOf(await admin({ max: 1 }))).state.maxConcurrent).toBe(1);
    expect((await createAsync(mock(), icon('lock'))).status).toBe(429);
    expect((await admin({ max: 0 })).status).toBe(400);
    expect((await jsonOf(await admin({ max: null }))).state.maxConcurrent).toBeNull();
    expect((await createAsync(mock(), icon('lock'))).status).toBe(200);
    expect((await jsonOf(await admin({ max: 2 }))).state.maxConcurrent).toBe(2);
  });

  it('reads task progress and Retry-After on an injected clock', async () => {
    let now = 5_000_000;
    const clocked = await startMockServer({ durationMs: 15_000, maxConcurrent: 1, now: () => now });
    try {
      const created = await jsonOf(await createAsync(clocked, icon('home')));
      const status = async () => statusOf(await jsonOf(await pollAsync(clocked, created.data.task_id)));
      expect(await status()).toBe('IN_PROGRESS');
      now += 10_500;
      const refused = await createAsync(clocked, icon('search'));
      expect(refused.headers.get('retry-after')).toBe('5');
      now += 4_500;
      expect(await status()).toBe('SUCCESS');
      expect((await createAsync(clocked, icon('search'))).status).toBe(200);
      expect(clocked.log().map((e) => e.at)).toEqual([5_000_000, 5_000_000, 5_010_500, 5_015_000, 5_015_000]);
    } finally {
      await clocked.close();
    }
  });
});

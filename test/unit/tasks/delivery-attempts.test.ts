import { describe, expect, it } from 'vitest';
import { insertPendingError, notInsertedError } from '../../../core/api/task-errors';
import {
  attemptsOf,
  isGivenUp,
  leftPending,
  MAX_DELIVERY_ATTEMPTS,
} from '../../../core/tasks/delivery-attempts';
import { createPendingStore } from '../../../core/tasks/pending-store';
import { createMemoryStore, STORE_KEYS } from '../../../core/storage/store';
import { DEFAULT_VECTOR_OPTIONS, type PendingTask } from '../../../core/tasks/types';

const task = (extra: Partial<PendingTask> = {}): PendingTask => ({
  taskId: 't1',
  request: {
    model: 'recraft-v4-text-to-vector',
    prompt: 'a fox',
    size: '1024x1024',
    vector: DEFAULT_VECTOR_OPTIONS,
    target: { kind: 'viewport' },
  },
  createdAt: 1,
  deadlineAt: 2,
  ...extra,
});

describe('delivery attempts', () => {
  it('counts whole positive attempts; anything damaged reads as none', () => {
    expect(attemptsOf(task())).toBe(0);
    expect(attemptsOf(task({ deliveryAttempts: 1 }))).toBe(1);
    for (const bad of [-1, 1.5, Number.NaN, '2' as unknown as number, null as unknown as number]) {
      expect(attemptsOf(task({ deliveryAttempts: bad }))).toBe(0);
    }
  });

  it('gives a task up after two attempts', () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBe(2);
    expect(isGivenUp(task({ deliveryAttempts: 1 }))).toBe(false);
    expect(isGivenUp(task({ deliveryAttempts: 2 }))).toBe(true);
    expect(isGivenUp(task({ deliveryAttempts: 7 }))).toBe(true);
  });

  it('tells a failure that left the record from one the insertion path settled', () => {
    const refused = { code: 'insert-failed', action: 'retry', message: 'Refused.' } as const;
    expect(leftPending(insertPendingError(refused))).toBe(true);
    expect(leftPending(insertPendingError(refused, true))).toBe(true);
    expect(leftPending(notInsertedError(refused))).toBe(false);
  });

  it('the pending store reads one record back, count and reason included', async () => {
    const kv = createMemoryStore({ [`${STORE_KEYS.pendingPrefix}junk`]: 'junk' });
    const store = createPendingStore(kv);
    const counted = task({ deliveryAttempts: 1, deliveryFailure: 'Refused.' });
    await store.saveAsync(counted);
    expect(await store.getAsync('t1')).toEqual(counted);
    expect(await store.getAsync('junk')).toBeUndefined();
    expect(await store.getAsync('missing')).toBeUndefined();
    expect(await store.listAsync()).toEqual([counted]);
  });
});

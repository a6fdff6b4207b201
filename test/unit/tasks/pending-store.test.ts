import { describe, expect, it } from 'vitest';
import { createPendingStore } from '../../../core/tasks/pending-store';
import { createMemoryStore, STORE_KEYS } from '../../../core/storage/store';
import { DEFAULT_VECTOR_OPTIONS, type PendingTask } from '../../../core/tasks/types';

const task = (id: string, createdAt: number): PendingTask => ({
  taskId: id,
  request: {
    model: 'recraft-v4-text-to-image',
    prompt: 'a fox',
    size: '1024x1024',
    vector: DEFAULT_VECTOR_OPTIONS,
    target: { kind: 'inside', nodeId: '1:2' },
  },
  createdAt,
  deadlineAt: createdAt + 180_000,
});

describe('createPendingStore', () => {
  it('keeps one key per task and lists them oldest first', async () => {
    const kv = createMemoryStore({ settings: { x: 1 } });
    const store = createPendingStore(kv);
    await store.saveAsync(task('b', 20));
    await store.saveAsync(task('a', 10));
    expect((await kv.keysAsync()).sort()).toEqual([
      `${STORE_KEYS.pendingPrefix}a`,
      `${STORE_KEYS.pendingPrefix}b`,
      'settings',
    ]);
    expect(await store.listAsync()).toEqual([task('a', 10), task('b', 20)]);
    await store.removeAsync('a');
    expect(await store.listAsync()).toEqual([task('b', 20)]);
  });

  it("reads a record an older version saved (the size as `shape`) as today's", async () => {
    const { size, ...request } = task('old', 5).request;
    const kv = createMemoryStore({
      [`${STORE_KEYS.pendingPrefix}old`]: { ...task('old', 5), request: { ...request, shape: size } },
    });
    const store = createPendingStore(kv);
    expect(await store.listAsync()).toEqual([task('old', 5)]);
    expect(await store.getAsync('old')).toEqual(task('old', 5));
    await store.saveAsync((await store.getAsync('old'))!);
    expect((await kv.getAsync<PendingTask>(`${STORE_KEYS.pendingPrefix}old`))!.request).not.toHaveProperty(
      'shape',
    );
  });

  it('overwrites a task saved again (keep waiting moves its deadline)', async () => {
    const store = createPendingStore(createMemoryStore());
    await store.saveAsync(task('a', 10));
    await store.saveAsync({ ...task('a', 10), deadlineAt: 999_999 });
    expect(await store.listAsync()).toEqual([{ ...task('a', 10), deadlineAt: 999_999 }]);
  });

  it('skips damaged or foreign records', async () => {
    const kv = createMemoryStore({
      [`${STORE_KEYS.pendingPrefix}x`]: { taskId: 'x' },
      [`${STORE_KEYS.pendingPrefix}y`]: 'junk',
      [`${STORE_KEYS.pendingPrefix}z`]: {
        ...task('z', 1),
        request: { ...task('z', 1).request, model: 'dall-e' },
      },
      [`${STORE_KEYS.pendingPrefix}ok`]: task('ok', 5),
    });
    expect((await createPendingStore(kv).listAsync()).map((t) => t.taskId)).toEqual(['ok']);
  });

  it('reads a record saved when tasks still named their API base, and drops that field', async () => {
    const old = { ...task('old', 3), apiBase: 'https://elsewhere.test/api/v1' };
    const kv = createMemoryStore({ [`${STORE_KEYS.pendingPrefix}old`]: old });
    const listed = await createPendingStore(kv).listAsync();
    expect(listed).toEqual([task('old', 3)]);
    expect(listed[0]).not.toHaveProperty('apiBase');
  });

  it('removing an unknown task is harmless', async () => {
    await expect(createPendingStore(createMemoryStore()).removeAsync('nope')).resolves.toBeUndefined();
  });
});

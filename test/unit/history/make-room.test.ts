/** withRoomFrom: a refused write frees room and tries again, until it goes through or nothing is left. */
import { describe, expect, it } from 'vitest';
import { withRoomFrom } from '../../../core/storage/make-room';
import { createMemoryStore, type KeyValueStore } from '../../../core/storage/store';

/** A store that refuses writes while `full()` says so. */
function fullStore(full: () => boolean): KeyValueStore & { writes: number } {
  const inner = createMemoryStore();
  const store = {
    ...inner,
    writes: 0,
    setAsync: async (key: string, value: unknown) => {
      store.writes += 1;
      if (full()) throw new Error('QuotaExceededError');
      return inner.setAsync(key, value);
    },
  };
  return store;
}

describe('withRoomFrom', () => {
  it('writes straight through when there is room, freeing nothing', async () => {
    let freed = 0;
    const store = withRoomFrom(
      fullStore(() => false),
      async () => ++freed > 0,
    );
    await store.setAsync('k', 1);
    expect(await store.getAsync('k')).toBe(1);
    expect(freed).toBe(0);
  });

  it('frees room one step at a time until the write goes through', async () => {
    let room = 0;
    const inner = fullStore(() => room < 3);
    const store = withRoomFrom(inner, async () => {
      room += 1;
      return true;
    });
    await store.setAsync('k', 'v');
    expect(room).toBe(3);
    expect(inner.writes).toBe(4);
    expect(await store.getAsync('k')).toBe('v');
  });

  it('throws the write’s own error once nothing more can be freed', async () => {
    let asked = 0;
    const store = withRoomFrom(
      fullStore(() => true),
      async () => ++asked < 3,
    );
    await expect(store.setAsync('k', 'v')).rejects.toThrow('QuotaExceededError');
    expect(asked).toBe(3);
  });

  it('a freeing step that throws (storage gone) ends it with the write’s error', async () => {
    const store = withRoomFrom(
      fullStore(() => true),
      async () => {
        throw new ReferenceError('JSON is not defined');
      },
    );
    await expect(store.setAsync('k', 'v')).rejects.toThrow('QuotaExceededError');
  });
});

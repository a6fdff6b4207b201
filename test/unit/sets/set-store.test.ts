import { describe, expect, it } from 'vitest';
import { withItem, newSetRecord } from '../../../core/sets/set-record';
import { createSetStore } from '../../../core/sets/set-store';
import type { IconSetRecord } from '../../../core/sets/types';
import { withRoomFrom } from '../../../core/storage/make-room';
import { createMemoryStore, STORE_KEYS, type KeyValueStore } from '../../../core/storage/store';
import { sampleSpec, TWELVE } from './fixtures';

const record = (setId: string, createdAt: number): IconSetRecord =>
  newSetRecord(sampleSpec({ setId }), `frame-${setId}`, createdAt);

/** Lets other promise chains run in between (as a real host's storage round trip does). */
const yieldAsync = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A memory store whose every call takes a few turns, so unserialised read-change-writes would interleave. */
function slowStore(inner: KeyValueStore = createMemoryStore()): KeyValueStore & { writes: number } {
  const slow = {
    writes: 0,
    getAsync: async <T>(key: string) => {
      await yieldAsync();
      return inner.getAsync<T>(key);
    },
    setAsync: async (key: string, value: unknown) => {
      await yieldAsync();
      slow.writes++;
      await yieldAsync();
      return inner.setAsync(key, value);
    },
    deleteAsync: (key: string) => inner.deleteAsync(key),
    keysAsync: () => inner.keysAsync(),
  };
  return slow;
}

describe('set store', () => {
  it('saves, lists oldest first, gets, replaces and removes records by set id', async () => {
    const sets = createSetStore(createMemoryStore());
    await sets.saveAsync(record('b', 20));
    await sets.saveAsync(record('a', 10));
    expect((await sets.listAsync()).map((r) => r.spec.setId)).toEqual(['a', 'b']);
    const stopped = { ...record('b', 20), stopped: true };
    await sets.saveAsync(stopped);
    expect(await sets.getAsync('b')).toEqual(stopped);
    expect(await sets.listAsync()).toHaveLength(2);
    await sets.removeAsync('a');
    await sets.removeAsync('nope');
    expect((await sets.listAsync()).map((r) => r.spec.setId)).toEqual(['b']);
    expect(await sets.getAsync('a')).toBeUndefined();
  });

  it('drops damaged entries on read, never failing the list', async () => {
    const good = record('good', 1);
    const damaged = { ...record('bad', 2), items: [] };
    const store = createMemoryStore({ [STORE_KEYS.iconSets]: [good, damaged, null, 'x', { spec: 1 }] });
    expect(await createSetStore(store).listAsync()).toEqual([good]);
    for (const junk of [undefined, 'sets', { good }, 42]) {
      const sets = createSetStore(
        createMemoryStore(junk === undefined ? {} : { [STORE_KEYS.iconSets]: junk }),
      );
      expect(await sets.listAsync()).toEqual([]);
    }
  });

  it('never loses one of many updates arriving together', async () => {
    const storage = slowStore();
    const sets = createSetStore(storage);
    await sets.saveAsync(record('s', 1));
    await sets.saveAsync(record('other', 2));
    // Twelve icons landing at once, and another set changing meanwhile.
    await Promise.all([
      ...TWELVE.map((_, index) =>
        sets.updateAsync('s', (r) => withItem(r, index, 1, { state: 'landed', nodeId: `n${index}` })),
      ),
      sets.updateAsync('other', (r) => ({ ...r, stopped: true })),
      sets.saveAsync(record('third', 3)),
    ]);
    const s = await sets.getAsync('s');
    expect(s!.items.map((item) => item.nodeId)).toEqual(TWELVE.map((_, index) => `n${index}`));
    expect((await sets.getAsync('other'))!.stopped).toBe(true);
    expect((await sets.listAsync()).map((r) => r.spec.setId)).toEqual(['s', 'other', 'third']);
  });

  it('an update resolves with the record stored; nothing is written for no change or no set', async () => {
    const storage = slowStore();
    const sets = createSetStore(storage);
    await sets.saveAsync(record('s', 1));
    const before = storage.writes;
    expect(await sets.updateAsync('missing', (r) => ({ ...r, stopped: true }))).toBeUndefined();
    expect(await sets.updateAsync('s', (r) => r)).toEqual(record('s', 1));
    expect(storage.writes).toBe(before);
    const done = await sets.updateAsync('s', (r) => ({ ...r, doneAt: 5 }));
    expect(done!.doneAt).toBe(5);
    expect(await sets.getAsync('s')).toEqual(done);
    expect(storage.writes).toBe(before + 1);
  });

  it('a failed write rejects its own caller only; the next change goes on', async () => {
    const inner = createMemoryStore();
    let failNext = false;
    const flaky: KeyValueStore = {
      ...inner,
      setAsync: async (key, value) => {
        if (failNext) {
          failNext = false;
          throw new Error('disk on fire');
        }
        return inner.setAsync(key, value);
      },
    };
    const sets = createSetStore(flaky);
    await sets.saveAsync(record('a', 1));
    failNext = true;
    const failing = sets.updateAsync('a', (r) => ({ ...r, stopped: true }));
    const next = sets.saveAsync(record('b', 2));
    await expect(failing).rejects.toThrow('disk on fire');
    await next;
    expect(await sets.listAsync()).toEqual([record('a', 1), record('b', 2)]);
  });

  it('writes through a store that makes room: a full storage frees space, then the record is kept', async () => {
    const inner = createMemoryStore();
    let room = 0;
    let evicted = 0;
    const full: KeyValueStore = {
      ...inner,
      setAsync: async (key, value) => {
        if (room === 0) throw new Error('QuotaExceededError');
        room--;
        return inner.setAsync(key, value);
      },
    };
    const sets = createSetStore(
      withRoomFrom(full, async () => {
        evicted++;
        room = evicted >= 2 ? 1 : 0; // the second eviction frees enough
        return true;
      }),
    );
    await sets.saveAsync(record('a', 1));
    expect(evicted).toBe(2);
    expect(await sets.getAsync('a')).toEqual(record('a', 1));
  });
});

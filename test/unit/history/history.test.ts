import { describe, expect, it } from 'vitest';
import { History } from '../../../core/history/history';
import { createMemoryStore, STORE_KEYS, type KeyValueStore } from '../../../core/storage/store';
import { DEFAULT_VECTOR_OPTIONS, type PendingTask, type ResultPayload } from '../../../core/tasks/types';

const task = (id: string, prompt = `prompt ${id}`): PendingTask => ({
  taskId: id,
  request: {
    model: 'recraft-v4-text-to-vector',
    prompt,
    size: '1024x1024',
    vector: DEFAULT_VECTOR_OPTIONS,
    target: { kind: 'viewport' },
  },
  createdAt: 0,
  deadlineAt: 1,
});

const svgOf = (bytes: number): ResultPayload => ({ kind: 'svg', svg: `<svg>${'x'.repeat(bytes)}</svg>` });
const image = (length: number): ResultPayload => ({
  kind: 'image',
  mime: 'image/png',
  width: 10,
  height: 20,
  bytes: new Uint8Array(length).map((_, i) => i % 251),
});

/** The bytes every history blob takes, as JSON text. */
async function blobBytes(store: KeyValueStore): Promise<number> {
  const keys = (await store.keysAsync()).filter((k) => k.startsWith(STORE_KEYS.historyBlobPrefix));
  const values = await Promise.all(keys.map((k) => store.getAsync(k)));
  return values.reduce<number>((sum, v) => sum + Buffer.byteLength(JSON.stringify(v), 'utf8'), 0);
}

let clock = 0;
const now = () => ++clock;

describe('History', () => {
  it('lists newest first and gives results back as they were', async () => {
    const history = new History(createMemoryStore(), 100_000, { now });
    const a = await history.addAsync(task('a', 'a fox'), svgOf(10));
    const b = await history.addAsync(task('b'), image(1000));
    expect((await history.listAsync()).map((e) => e.id)).toEqual([b.id, a.id]);
    expect(a).toMatchObject({
      taskId: 'a',
      prompt: 'a fox',
      model: 'recraft-v4-text-to-vector',
      kind: 'svg',
      cached: true,
    });
    expect(await history.resultAsync(a.id)).toEqual(svgOf(10));
    const back = await history.resultAsync(b.id);
    expect(back).toMatchObject({ kind: 'image', mime: 'image/png', width: 10, height: 20 });
    expect(
      back?.kind === 'image' &&
        Buffer.from(back.bytes).equals(Buffer.from((image(1000) as { bytes: Uint8Array }).bytes)),
    ).toBe(true);
  });

  it('stays newest first through every change: the one order, which the UI shows as it is', async () => {
    const history = new History(createMemoryStore(), 100_000, { now });
    const a = await history.addAsync(task('a'), svgOf(10));
    const b = await history.addAsync(task('b'), svgOf(10), { notInserted: 'refused' });
    const c = await history.addAsync(task('c'), svgOf(10));
    const ids = async () => (await history.listAsync()).map((e) => e.id);
    expect(await ids()).toEqual([c.id, b.id, a.id]);
    await history.evictOneAsync();
    await history.markInsertedAsync(b.id);
    expect(await ids()).toEqual([c.id, b.id, a.id]);
    await history.deleteAsync(b.id);
    const d = await history.addAsync(task('d'), svgOf(10));
    expect(await ids()).toEqual([d.id, c.id, a.id]);
  });

  it('keeps the cache within budget, evicting the oldest first but keeping their entries', async () => {
    const store = createMemoryStore();
    const budget = 50_000;
    const history = new History(store, budget, { now });
    for (let i = 0; i < 12; i++) {
      await history.addAsync(task(`t${i}`), i % 2 ? image(6000) : svgOf(9000));
      expect(await blobBytes(store)).toBeLessThanOrEqual(budget);
    }
    const entries = await history.listAsync();
    expect(entries).toHaveLength(12);
    const cachedFlags = entries.map((e) => e.cached);
    // Newest cached, oldest evicted, never a gap in between.
    expect(cachedFlags.indexOf(false)).toBeGreaterThan(0);
    expect(cachedFlags.slice(cachedFlags.indexOf(false)).every((c) => !c)).toBe(true);
    expect(entries.reduce((s, e) => s + e.bytes, 0)).toBe(await blobBytes(store));
    expect(await history.resultAsync(entries.at(-1)!.id)).toBeUndefined();
    expect(await history.resultAsync(entries[0]!.id)).toBeDefined();
  });

  it('lists a result bigger than the budget without caching it (nor evicting others)', async () => {
    const store = createMemoryStore();
    const history = new History(store, 10_000, { now });
    const small = await history.addAsync(task('small'), svgOf(100));
    const huge = await history.addAsync(task('huge'), image(20_000));
    expect(huge).toMatchObject({ cached: false, bytes: 0 });
    expect(await history.resultAsync(huge.id)).toBeUndefined();
    expect((await history.listAsync()).find((e) => e.id === small.id)?.cached).toBe(true);
  });

  it('caps the list and drops the blobs of entries that fall off', async () => {
    const store = createMemoryStore();
    const history = new History(store, 1_000_000, { maxEntries: 3, now });
    for (const id of ['a', 'b', 'c', 'd', 'e']) await history.addAsync(task(id), svgOf(10));
    expect((await history.listAsync()).map((e) => e.taskId)).toEqual(['e', 'd', 'c']);
    const blobs = (await store.keysAsync()).filter((k) => k.startsWith(STORE_KEYS.historyBlobPrefix));
    expect(blobs.sort()).toEqual(['c', 'd', 'e'].map((id) => STORE_KEYS.historyBlobPrefix + id));
  });

  it('deletes an entry and its blob', async () => {
    const store = createMemoryStore();
    const history = new History(store, 100_000, { now });
    const a = await history.addAsync(task('a'), svgOf(10));
    await history.deleteAsync(a.id);
    expect(await history.listAsync()).toEqual([]);
    expect(await store.keysAsync()).toEqual([STORE_KEYS.historyIndex]);
  });

  it('loses nothing when results arrive together', async () => {
    const history = new History(createMemoryStore(), 1_000_000, { now });
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => history.addAsync(task(id), svgOf(10))));
    expect((await history.listAsync()).map((e) => e.taskId).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives a repeated task id its own entry', async () => {
    const history = new History(createMemoryStore(), 1_000_000, { now });
    const first = await history.addAsync(task('same'), svgOf(1));
    const second = await history.addAsync(task('same'), svgOf(2));
    expect(second.id).not.toBe(first.id);
    expect(await history.resultAsync(first.id)).toEqual(svgOf(1));
  });

  it('lists a result uncached when the host refuses the write (quota)', async () => {
    const inner = createMemoryStore();
    const store: KeyValueStore = {
      ...inner,
      setAsync: async (key, value) => {
        if (key.startsWith(STORE_KEYS.historyBlobPrefix)) throw new Error('QuotaExceededError');
        return inner.setAsync(key, value);
      },
    };
    const entry = await new History(store, 1_000_000, { now }).addAsync(task('q'), svgOf(10));
    expect(entry.cached).toBe(false);
  });

  it('reads entries older versions kept (the size as `shape`, the cached bytes as `size`)', async () => {
    const old = {
      id: 'e1',
      taskId: 't1',
      prompt: 'a fox',
      model: 'recraft-v4-text-to-vector',
      shape: '1024x1024',
      kind: 'svg',
      createdAt: 3,
      cached: true,
      size: 42,
    };
    const history = new History(createMemoryStore({ [STORE_KEYS.historyIndex]: [old] }));
    const [entry] = await history.listAsync();
    expect(entry).toEqual({ ...old, shape: undefined, size: '1024x1024', bytes: 42 });
    expect(entry).not.toHaveProperty('shape');
    await history.addAsync(task('t2'), svgOf(10));
    expect(await history.listAsync()).toEqual([expect.objectContaining({ taskId: 't2' }), entry]);
  });

  it('survives damaged stored values', async () => {
    const store = createMemoryStore({
      [STORE_KEYS.historyIndex]: [{ id: 'x' }, null, 'junk'],
      [`${STORE_KEYS.historyBlobPrefix}bad`]: {
        kind: 'image',
        mime: 'image/png',
        width: 1,
        height: 1,
        base64: '$$',
      },
      [`${STORE_KEYS.historyBlobPrefix}odd`]: { kind: 'video' },
    });
    const history = new History(store);
    expect(await history.listAsync()).toEqual([]);
    expect(await history.resultAsync('bad')).toBeUndefined();
    expect(await history.resultAsync('odd')).toBeUndefined();
    expect(await history.resultAsync('missing')).toBeUndefined();
    const notAList = new History(createMemoryStore({ [STORE_KEYS.historyIndex]: { a: 1 } }));
    expect(await notAList.listAsync()).toEqual([]);
  });
});

/**
 * History's part in "nothing paid is lost": results that could not be
 * inserted are kept raw and marked, and give way last; its cached files give
 * way, one at a time, to a write that matters more (a pending record).
 */
import { describe, expect, it } from 'vitest';
import { storedSize, toCached } from '../../../core/history/cached-result';
import { History } from '../../../core/history/history';
import { createMemoryStore, STORE_KEYS, type KeyValueStore } from '../../../core/storage/store';
import {
  DEFAULT_VECTOR_OPTIONS,
  type PendingTask,
  type ResultPayload,
  type VectorOptions,
} from '../../../core/tasks/types';

const MONO: VectorOptions = { ...DEFAULT_VECTOR_OPTIONS, recolor: 'mono', mono: '#123456' };

const task = (id: string, vector = DEFAULT_VECTOR_OPTIONS): PendingTask => ({
  taskId: id,
  request: {
    model: 'recraft-v4-text-to-vector',
    prompt: `prompt ${id}`,
    size: '1024x1024',
    vector,
    target: { kind: 'viewport' },
  },
  createdAt: 0,
  deadlineAt: 1,
});

const svgOf = (bytes: number): ResultPayload => ({ kind: 'svg', svg: `<svg>${'x'.repeat(bytes)}</svg>` });

let clock = 0;
const now = () => ++clock;

/** Adds in order (the first is the oldest); ids in `notInserted` are kept raw and marked. */
async function fill(history: History, ids: readonly string[], notInserted: readonly string[] = []) {
  for (const id of ids) {
    await history.addAsync(task(id), svgOf(100), notInserted.includes(id) ? { notInserted: 'refused' } : {});
  }
}

const cachedIds = async (history: History) =>
  (await history.listAsync()).filter((e) => e.cached).map((e) => e.taskId);

describe('History: results that could not be inserted', () => {
  it('keeps the raw file, marked with its reason and the vector options to insert it with', async () => {
    const history = new History(createMemoryStore(), 100_000, { now });
    const raw: ResultPayload = { kind: 'svg', svg: '<svg><script>x</script></svg>' };
    const entry = await history.addAsync(task('n1', MONO), raw, { notInserted: 'it is not well-formed' });
    expect(entry).toMatchObject({ cached: true, notInserted: 'it is not well-formed', vector: MONO });
    expect(await history.resultAsync(entry.id)).toEqual(raw);
    // A landed result needs no options again: its file is already what the pipeline made.
    expect(await history.addAsync(task('l1', MONO), svgOf(1))).not.toHaveProperty('vector');
  });

  it('lists one only with its file: uncached, it is not listed (its task stays pending instead)', async () => {
    const history = new History(createMemoryStore(), 50, { now });
    const entry = await history.addAsync(task('big'), svgOf(500), { notInserted: 'refused' });
    expect(entry.cached).toBe(false);
    expect(await history.listAsync()).toEqual([]);
  });

  it('drops the mark once it was inserted after all', async () => {
    const history = new History(createMemoryStore(), 100_000, { now });
    const entry = await history.addAsync(task('n2', MONO), svgOf(10), { notInserted: 'refused' });
    await history.markInsertedAsync(entry.id);
    const [after] = await history.listAsync();
    expect(after).not.toHaveProperty('notInserted');
    expect(after).toMatchObject({ cached: true, vector: MONO });
  });

  it('budget eviction takes landed files first (oldest first), the only copies last', async () => {
    const store = createMemoryStore();
    // Room for exactly four files.
    const history = new History(store, 4 * storedSize(toCached(svgOf(100))), { now });
    await fill(history, ['kept-old', 'a', 'b', 'kept-new'], ['kept-old', 'kept-new']);
    expect(await cachedIds(history)).toEqual(['kept-new', 'b', 'a', 'kept-old']);
    await fill(history, ['c']);
    expect(await cachedIds(history)).toEqual(['c', 'kept-new', 'b', 'kept-old']);
    await fill(history, ['d', 'e']);
    expect(await cachedIds(history)).toEqual(['e', 'd', 'kept-new', 'kept-old']);
  });

  it('the entry cap drops landed entries first too', async () => {
    const history = new History(createMemoryStore(), 1_000_000, { maxEntries: 3, now });
    await fill(history, ['kept', 'a', 'b', 'c'], ['kept']);
    expect((await history.listAsync()).map((e) => e.taskId)).toEqual(['c', 'b', 'kept']);
  });
});

describe('History.evictOneAsync: room for a pending record', () => {
  it('uncaches one file per call, landed oldest first, then not inserted oldest first', async () => {
    const store = createMemoryStore();
    const history = new History(store, 1_000_000, { now });
    await fill(history, ['kept-old', 'a', 'kept-new', 'b'], ['kept-old', 'kept-new']);
    const order: string[][] = [];
    while (await history.evictOneAsync()) order.push(await cachedIds(history));
    expect(order).toEqual([['b', 'kept-new', 'kept-old'], ['kept-new', 'kept-old'], ['kept-new'], []]);
    const blobs = (await store.keysAsync()).filter((k) => k.startsWith(STORE_KEYS.historyBlobPrefix));
    expect(blobs).toEqual([]);
    // Entries stay listed, uncached, so Use prompt still works.
    expect(await history.listAsync()).toHaveLength(4);
  });

  it('says false at once when nothing is cached, writing nothing', async () => {
    const inner = createMemoryStore();
    let writes = 0;
    const store: KeyValueStore = {
      ...inner,
      setAsync: async (key, value) => {
        writes += 1;
        return inner.setAsync(key, value);
      },
    };
    expect(await new History(store).evictOneAsync()).toBe(false);
    expect(writes).toBe(0);
  });
});

/**
 * Recent results, listed in History, with their files cached so Insert
 * again costs nothing. Figma's clientStorage holds 5 MB per plugin, shared
 * with the key, settings and pending tasks, so the cache keeps within a
 * budget: the oldest cached results are evicted first (their entries stay,
 * marked uncached), and the list itself is capped. Results that could not be
 * inserted go last, in both: their file is the only copy of a paid result,
 * while every other entry is already on a canvas.
 *
 * @example
 * const history = new History(store);
 * const entry = await history.addAsync(task, { kind: 'svg', svg });
 * await history.resultAsync(entry.id); // { kind: 'svg', svg }
 */
import { STORE_KEYS, type KeyValueStore } from '../storage/store';
import type { PendingTask, ResultPayload } from '../tasks/types';
import { fromCached, storedSize, toCached } from './cached-result';
import { isHistoryEntry, readHistoryEntry } from './entry-check';
import { readTrash, type Trashed } from './trash';
import type { HistoryEntry } from './types';

const DEFAULT_HISTORY_BUDGET = 4_000_000;
const DEFAULT_HISTORY_ENTRIES = 50;

export interface AddOptions {
  /** Why it could not be inserted: the file is kept raw, with the task's vector options. */
  readonly notInserted?: string;
}

export interface HistoryOptions {
  readonly maxEntries?: number;
  readonly now?: () => number;
}

export class History {
  /** Every change goes through this chain: two results finishing together must not lose an index write. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly budgetBytes = DEFAULT_HISTORY_BUDGET,
    private readonly options: HistoryOptions = {},
  ) {}

  /** Newest first. */
  async listAsync(): Promise<HistoryEntry[]> {
    const index = await this.store.getAsync<unknown>(STORE_KEYS.historyIndex);
    return Array.isArray(index) ? index.map(readHistoryEntry).filter(isHistoryEntry) : [];
  }

  addAsync(task: PendingTask, result: ResultPayload, options: AddOptions = {}): Promise<HistoryEntry> {
    return this.serialised(async () => {
      const index = await this.listAsync();
      const cached = toCached(result);
      const bytes = storedSize(cached);
      const entry: HistoryEntry = {
        id: uniqueId(task.taskId, index),
        taskId: task.taskId,
        prompt: task.request.prompt,
        model: task.request.model,
        size: task.request.size,
        kind: result.kind,
        createdAt: (this.options.now ?? Date.now)(),
        cached: false,
        bytes: 0,
        ...(options.notInserted === undefined
          ? {}
          : { notInserted: options.notInserted, vector: task.request.vector }),
        // A raster result's file at the gateway: Remove background and Upscale can start from History.
        ...(task.resultUrl !== undefined && task.madeAt !== undefined
          ? { resultUrl: task.resultUrl, madeAt: task.madeAt }
          : {}),
      };
      // Room is made before writing, so the host's quota never sees the peak.
      const kept = bytes <= this.budgetBytes ? await this.evictForAsync(index, bytes) : index;
      const stored = bytes <= this.budgetBytes && (await this.writeBlobAsync(entry.id, cached));
      const added = stored ? { ...entry, cached: true, bytes } : entry;
      // A result not inserted is listed only with its file: its task stays pending meanwhile.
      if (!stored && options.notInserted !== undefined) {
        if (kept !== index) await this.store.setAsync(STORE_KEYS.historyIndex, kept);
        return added;
      }
      // Newest first, by adding in front: History's one order, which the UI shows as it is.
      const next = [added, ...kept];
      const max = this.options.maxEntries ?? DEFAULT_HISTORY_ENTRIES;
      while (next.length > max) {
        const [dropped] = next.splice(evictionOrder(next)[0]!, 1);
        if (dropped!.cached) await this.deleteBlobAsync(dropped!.id);
      }
      await this.store.setAsync(STORE_KEYS.historyIndex, next);
      return added;
    });
  }

  /**
   * Uncaches one result, the first in eviction order, to make room for a
   * write that matters more (a pending task's record). Resolves false when
   * nothing is cached any more.
   */
  evictOneAsync(): Promise<boolean> {
    return this.serialised(async () => {
      const index = await this.listAsync();
      const victim = evictionOrder(index).find((i) => index[i]!.cached);
      if (victim === undefined) return false;
      const entry = index[victim]!;
      await this.deleteBlobAsync(entry.id);
      index[victim] = { ...entry, cached: false, bytes: 0 };
      await this.store.setAsync(STORE_KEYS.historyIndex, index);
      return true;
    });
  }

  /** A result that could not be inserted has been inserted after all (Try inserting again). */
  markInsertedAsync(entryId: string): Promise<void> {
    return this.serialised(async () => {
      const index = await this.listAsync();
      if (!index.some((e) => e.id === entryId && e.notInserted !== undefined)) return;
      const next = index.map((e) => {
        if (e.id !== entryId) return e;
        const { notInserted: _done, ...rest } = e;
        return rest;
      });
      await this.store.setAsync(STORE_KEYS.historyIndex, next);
    });
  }

  async resultAsync(entryId: string): Promise<ResultPayload | undefined> {
    return fromCached(await this.store.getAsync<unknown>(STORE_KEYS.historyBlobPrefix + entryId));
  }

  deleteAsync(entryId: string): Promise<void> {
    return this.serialised(() => this.deleteNowAsync(new Set([entryId])));
  }

  /** What the designer is shown: every entry but those deleted and still within their undo window. */
  async visibleAsync(): Promise<HistoryEntry[]> {
    const [index, trash] = await Promise.all([this.listAsync(), this.trashAsync()]);
    const hidden = new Set(trash.map((t) => t.entryId));
    return index.filter((e) => !hidden.has(e.id));
  }

  /** Delete with undo: hidden until `until`, then deleted by emptyTrashAsync. False when there is no such entry. */
  hideAsync(entryId: string, until: number): Promise<boolean> {
    return this.serialised(async () => {
      if (!(await this.listAsync()).some((e) => e.id === entryId)) return false;
      const trash = (await this.trashAsync()).filter((t) => t.entryId !== entryId);
      await this.store.setAsync(STORE_KEYS.historyTrash, [...trash, { entryId, until }]);
      return true;
    });
  }

  /** Undo: the entry is listed again. False when it is not hidden (its window ended and it is gone). */
  restoreAsync(entryId: string): Promise<boolean> {
    return this.serialised(async () => {
      const trash = await this.trashAsync();
      const left = trash.filter((t) => t.entryId !== entryId);
      if (left.length === trash.length) return false;
      await this.store.setAsync(STORE_KEYS.historyTrash, left);
      return true;
    });
  }

  /**
   * Deletes the hidden entries whose window ended by `now`; without `now`, every one (a new run: the plugin
   * closed during their window). Resolves with the soonest end still ahead, if any.
   */
  emptyTrashAsync(now?: number): Promise<number | undefined> {
    return this.serialised(async () => {
      const trash = await this.trashAsync();
      const due = (t: Trashed) => now === undefined || t.until <= now;
      const gone = trash.filter(due).map((t) => t.entryId);
      if (gone.length > 0) await this.deleteNowAsync(new Set(gone));
      const left = trash.filter((t) => !due(t));
      if (left.length !== trash.length) await this.store.setAsync(STORE_KEYS.historyTrash, left);
      return left.length === 0 ? undefined : Math.min(...left.map((t) => t.until));
    });
  }

  private async trashAsync(): Promise<Trashed[]> {
    return readTrash(await this.store.getAsync<unknown>(STORE_KEYS.historyTrash));
  }

  /** Deletes the entries and their files: the index is read and written once, however many go. */
  private async deleteNowAsync(entryIds: ReadonlySet<string>): Promise<void> {
    const index = await this.listAsync();
    for (const entryId of entryIds) await this.deleteBlobAsync(entryId);
    await this.store.setAsync(
      STORE_KEYS.historyIndex,
      index.filter((e) => !entryIds.has(e.id)),
    );
  }

  /** Uncaches the oldest results until `incoming` more bytes fit the budget; returns the updated index. */
  private async evictForAsync(index: HistoryEntry[], incoming: number): Promise<HistoryEntry[]> {
    let total = index.reduce((sum, e) => sum + (e.cached ? e.bytes : 0), 0);
    const out = [...index];
    for (const i of evictionOrder(out)) {
      if (total + incoming <= this.budgetBytes) break;
      const entry = out[i]!;
      if (!entry.cached) continue;
      await this.deleteBlobAsync(entry.id);
      total -= entry.bytes;
      out[i] = { ...entry, cached: false, bytes: 0 };
    }
    return out;
  }

  private async writeBlobAsync(id: string, value: unknown): Promise<boolean> {
    try {
      await this.store.setAsync(STORE_KEYS.historyBlobPrefix + id, value);
      return true;
    } catch {
      // Storage full after all (other keys grew): list it uncached rather than fail the insertion.
      return false;
    }
  }

  private deleteBlobAsync(id: string): Promise<void> {
    return this.store.deleteAsync(STORE_KEYS.historyBlobPrefix + id);
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * Indices of `index` (newest first) in the order their files give way:
 * results on a canvas oldest first, then those that could not be inserted
 * (their file is the only copy) oldest first.
 */
function evictionOrder(index: readonly HistoryEntry[]): number[] {
  const oldestFirst = index.map((_, i) => i).reverse();
  const landed = oldestFirst.filter((i) => index[i]!.notInserted === undefined);
  const kept = oldestFirst.filter((i) => index[i]!.notInserted !== undefined);
  return [...landed, ...kept];
}

function uniqueId(taskId: string, index: readonly HistoryEntry[]): string {
  const taken = new Set(index.map((e) => e.id));
  let id = taskId;
  for (let n = 2; taken.has(id); n++) id = `${taskId}~${n}`;
  return id;
}

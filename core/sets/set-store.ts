/**
 * Icon set records in the sandbox's key-value storage, all under one key
 * (a set is a few kB; there are a handful), oldest first. The sandbox hands
 * it a store whose writes make room first (core/storage/make-room.ts), as
 * for pending tasks: a set's record matters more than History's cached
 * files. Every read is checked (isIconSetRecord): a damaged entry is
 * dropped, never a crash on open.
 *
 * Writes are serialised: each change reads the list as the previous change
 * left it, so two updates arriving together (two icons landing) never lose
 * one. A write that fails rejects its caller only; the next one goes on.
 *
 * @example
 * const sets = createSetStore(withRoomFrom(host.storage, () => history.evictOneAsync()));
 * await sets.updateAsync(setId, (r) => withItem(r, 3, 1, { state: 'landed', nodeId }));
 */
import { STORE_KEYS, type KeyValueStore } from '../storage/store';
import { isIconSetRecord } from './set-checks';
import type { IconSetRecord } from './types';

export interface SetStore {
  /** Every readable record, oldest first. */
  listAsync(): Promise<IconSetRecord[]>;
  getAsync(setId: string): Promise<IconSetRecord | undefined>;
  /** Adds the record, or replaces the one with its set id. */
  saveAsync(record: IconSetRecord): Promise<void>;
  removeAsync(setId: string): Promise<void>;
  /**
   * Applies `change` to the stored record and saves what it returns (the
   * same record: nothing is written); resolves with the record as stored
   * after, or undefined when there is no such set.
   */
  updateAsync(
    setId: string,
    change: (record: IconSetRecord) => IconSetRecord,
  ): Promise<IconSetRecord | undefined>;
}

export function createSetStore(store: KeyValueStore): SetStore {
  let turn: Promise<unknown> = Promise.resolve();

  /** Runs `step` after every change already asked for; a failed one does not stop the next. */
  const inTurn = <T>(step: () => Promise<T>): Promise<T> => {
    const run = turn.then(step);
    turn = run.catch(() => undefined);
    return run;
  };

  const readAsync = async (): Promise<IconSetRecord[]> => {
    const value = await store.getAsync<unknown>(STORE_KEYS.iconSets);
    const records = Array.isArray(value) ? value.filter(isIconSetRecord) : [];
    return records.sort((a, b) => a.createdAt - b.createdAt);
  };

  const writeAsync = (records: IconSetRecord[]) => store.setAsync(STORE_KEYS.iconSets, records);

  return {
    // Reads wait for the changes asked before them, so a read never sees a list about to change.
    listAsync: () => inTurn(readAsync),
    getAsync: (setId) =>
      inTurn(async () => (await readAsync()).find((record) => record.spec.setId === setId)),
    saveAsync: (record) =>
      inTurn(async () => {
        const others = (await readAsync()).filter((r) => r.spec.setId !== record.spec.setId);
        await writeAsync([...others, record]);
      }),
    removeAsync: (setId) =>
      inTurn(async () => {
        const records = await readAsync();
        const kept = records.filter((r) => r.spec.setId !== setId);
        if (kept.length !== records.length) await writeAsync(kept);
      }),
    updateAsync: (setId, change) =>
      inTurn(async () => {
        const records = await readAsync();
        const at = records.findIndex((r) => r.spec.setId === setId);
        if (at === -1) return undefined;
        const changed = change(records[at]!);
        if (changed === records[at]) return changed;
        records[at] = changed;
        await writeAsync(records);
        return changed;
      }),
  };
}

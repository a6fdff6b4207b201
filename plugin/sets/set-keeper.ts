/**
 * The sandbox's hold on the set records (core/sets/set-store.ts, which
 * serialises every change, so icons landing together, track-task and the
 * UI's set-item never write over each other): each change is a pure step
 * from core/sets/set-record.ts, and the UI is sent every record after it.
 */
import { createSetStore, type SetStore } from '../../core/sets/set-store';
import type { IconSetRecord } from '../../core/sets/types';
import type { KeyValueStore } from '../../core/storage/store';
import type { Host } from '../hosts/host';

export class SetKeeper {
  private readonly store: SetStore;

  constructor(
    private readonly host: Host,
    storage: KeyValueStore,
  ) {
    this.store = createSetStore(storage);
  }

  getAsync(setId: string): Promise<IconSetRecord | undefined> {
    return this.store.getAsync(setId);
  }

  listAsync(): Promise<IconSetRecord[]> {
    return this.store.listAsync();
  }

  /** Saves a new record (the caller sends the list once it has answered). */
  addAsync(record: IconSetRecord): Promise<void> {
    return this.store.saveAsync(record);
  }

  /**
   * Applies `change` to the stored record and saves what it returns (the
   * same record back: nothing written, nothing sent), then sends the list;
   * resolves with the record as saved (undefined: there is none, a
   * dismissed set).
   */
  async changeAsync(
    setId: string,
    change: (record: IconSetRecord) => IconSetRecord,
  ): Promise<IconSetRecord | undefined> {
    let changed = false;
    const saved = await this.store.updateAsync(setId, (record) => {
      const next = change(record);
      changed = next !== record;
      return next;
    });
    if (changed) await this.postAsync();
    return saved;
  }

  async removeAsync(setId: string): Promise<void> {
    await this.store.removeAsync(setId);
    await this.postAsync();
  }

  /** Every record to the UI: after each change, so its progress line and icon list follow. */
  async postAsync(): Promise<void> {
    this.host.postToUi({ type: 'sets', sets: await this.store.listAsync() });
  }
}

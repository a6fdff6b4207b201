/**
 * Writes that must not fail for want of space. Figma's clientStorage holds
 * 5 MB per plugin, most of it History's cached files; a pending record of a
 * task already charged matters more than any of them. A refused write asks
 * `makeRoomAsync` to free some space and tries again, until it goes through
 * or there is nothing left to free; only then does it throw.
 *
 * @example
 * const store = withRoomFrom(host.storage, () => history.evictOneAsync());
 * await store.setAsync('pending:t1', task); // History's oldest files go first if full
 */
import type { KeyValueStore } from './store';

/** Frees some space; resolves false once there is nothing left to free. */
export type MakeRoom = () => Promise<boolean>;

export function withRoomFrom(store: KeyValueStore, makeRoomAsync: MakeRoom): KeyValueStore {
  return {
    getAsync: (key) => store.getAsync(key),
    deleteAsync: (key) => store.deleteAsync(key),
    keysAsync: () => store.keysAsync(),
    async setAsync(key, value) {
      for (;;) {
        try {
          return await store.setAsync(key, value);
        } catch (error) {
          // Nothing more to free (or freeing fails too, as when the plugin is closing): the write's own error.
          if (!(await freedAsync(makeRoomAsync))) throw error;
        }
      }
    },
  };
}

async function freedAsync(makeRoomAsync: MakeRoom): Promise<boolean> {
  try {
    return await makeRoomAsync();
  } catch {
    return false;
  }
}

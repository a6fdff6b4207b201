/**
 * penpot.localStorage (permission allow:localstorage), JSON-encoded: it keeps
 * strings, and it belongs to the user's browser, not to the file, so the key
 * and settings never travel with a document.
 */
import type { KeyValueStore } from '../../../core/storage/store';

export function penpotStorage(): KeyValueStore {
  const storage = penpot.localStorage;
  return {
    getAsync: async <T>(key: string) => {
      const raw: unknown = storage.getItem(key);
      if (typeof raw !== 'string' || raw === '') return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    setAsync: async (key, value) => storage.setItem(key, JSON.stringify(value)),
    deleteAsync: async (key) => storage.removeItem(key),
    keysAsync: async () => [...storage.getKeys()],
  };
}

/** A key-value store that keeps JSON text, so tests can search everything stored (for the key). */
import type { KeyValueStore } from '../../../core/storage/store';

export function recordingStore(initial: Record<string, unknown> = {}) {
  const stored = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  const storage: KeyValueStore = {
    getAsync: async <T>(key: string) => {
      const raw = stored.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    setAsync: async (key, value) => void stored.set(key, JSON.stringify(value)),
    deleteAsync: async (key) => void stored.delete(key),
    keysAsync: async () => [...stored.keys()],
  };
  return { storage, stored };
}

/** A key-value store that keeps JSON text, so tests can search everything stored (for the key). */
import type { KeyValueStore } from '../../../core/storage/store';

export type StorageOp = 'get' | 'set' | 'delete' | 'keys';
/** Which calls throw: storage full, or gone with a plugin closing (Penpot deletes JSON from its sandbox). */
export type StorageFault = (op: StorageOp, key?: string) => boolean;

export function recordingStore(initial: Record<string, unknown> = {}) {
  const stored = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  let fault: StorageFault = () => false;
  const check = (op: StorageOp, key?: string) => {
    if (fault(op, key)) throw new ReferenceError(`JSON is not defined (storage ${op} ${key ?? ''})`);
  };
  const storage: KeyValueStore = {
    getAsync: async <T>(key: string) => {
      check('get', key);
      const raw = stored.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    setAsync: async (key, value) => {
      check('set', key);
      stored.set(key, JSON.stringify(value));
    },
    deleteAsync: async (key) => {
      check('delete', key);
      stored.delete(key);
    },
    keysAsync: async () => {
      check('keys');
      return [...stored.keys()];
    },
  };
  return { storage, stored, breakWith: (next: StorageFault) => void (fault = next) };
}

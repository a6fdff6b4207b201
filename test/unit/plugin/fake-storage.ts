/**
 * A key-value store that keeps JSON text, so tests can search everything
 * stored (for the key), with fault injection and a quota (storage full).
 */
import type { KeyValueStore } from '../../../core/storage/store';

export type StorageOp = 'get' | 'set' | 'delete' | 'keys';
/** Which calls throw: storage full, or gone with a plugin closing (Penpot deletes JSON from its sandbox). */
export type StorageFault = (op: StorageOp, key?: string) => boolean;

/** Bytes the store holds, as a host counts its quota: every key and its JSON text. */
export function usedBytes(stored: ReadonlyMap<string, string>): number {
  let total = 0;
  for (const [key, text] of stored) total += Buffer.byteLength(key) + Buffer.byteLength(text);
  return total;
}

export function recordingStore(initial: Record<string, unknown> = {}) {
  const stored = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  let fault: StorageFault = () => false;
  let quota = Infinity;
  const check = (op: StorageOp, key?: string) => {
    if (fault(op, key)) throw new ReferenceError(`JSON is not defined (storage ${op} ${key ?? ''})`);
  };
  /** Figma's clientStorage and localStorage refuse a write that would pass the quota, and keep the old value. */
  const checkQuota = (key: string, text: string) => {
    const next = new Map(stored).set(key, text);
    if (usedBytes(next) > quota) throw new Error(`QuotaExceededError: storing ${key} passes ${quota} bytes`);
  };
  const storage: KeyValueStore = {
    getAsync: async <T>(key: string) => {
      check('get', key);
      const raw = stored.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    setAsync: async (key, value) => {
      check('set', key);
      const text = JSON.stringify(value);
      checkQuota(key, text);
      stored.set(key, text);
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
  return {
    storage,
    stored,
    breakWith: (next: StorageFault) => void (fault = next),
    /** From now on, writes that would make the store hold more than `bytes` throw (Infinity: no limit). */
    limitTo: (bytes: number) => void (quota = bytes),
  };
}

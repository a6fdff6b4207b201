/**
 * Per-user storage, injected. Figma: figma.clientStorage. Penpot:
 * penpot.localStorage (JSON-encoded). Values must survive JSON, so bytes are
 * stored as base64 strings by their owners.
 */
export interface KeyValueStore {
  getAsync<T>(key: string): Promise<T | undefined>;
  setAsync(key: string, value: unknown): Promise<void>;
  deleteAsync(key: string): Promise<void>;
  keysAsync(): Promise<string[]>;
}

/** Storage keys, all in one place. */
export const STORE_KEYS = {
  apiKey: 'api-key',
  settings: 'settings',
  pendingPrefix: 'pending:',
  historyIndex: 'history',
  historyBlobPrefix: 'history-blob:',
  chargeNoticePrefix: 'charge-notice:',
  /** Every icon set record, in one value (core/sets/set-store.ts). */
  iconSets: 'icon-sets',
  /** The plugin window's size as the designer last left it (core/ui-size.ts). */
  uiSize: 'ui-size',
  /** History entries deleted but still within their undo window: [{entryId, until}] (core/history/trash.ts). */
  historyTrash: 'history-trash',
} as const;

/** In-memory store for tests and the playground's defaults. */
export function createMemoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
  const data = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    getAsync: async <T>(key: string) => {
      const raw = data.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    setAsync: async (key, value) => {
      data.set(key, JSON.stringify(value));
    },
    deleteAsync: async (key) => {
      data.delete(key);
    },
    keysAsync: async () => [...data.keys()],
  };
}

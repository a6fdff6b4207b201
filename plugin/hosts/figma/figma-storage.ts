/** figma.clientStorage: per user and machine, never in the file. The only place for the key. */
import type { KeyValueStore } from '../../../core/storage/store';

export function figmaStorage(): KeyValueStore {
  const storage = figma.clientStorage;
  return {
    getAsync: async <T>(key: string) => (await storage.getAsync(key)) as T | undefined,
    setAsync: (key, value) => storage.setAsync(key, value),
    deleteAsync: (key) => storage.deleteAsync(key),
    keysAsync: () => storage.keysAsync(),
  };
}

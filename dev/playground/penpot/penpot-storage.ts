/**
 * penpot.localStorage: synchronous, string values ("stored in a string
 * representation"), per user; kept in the page's localStorage under
 * "pg:penpot:" so it survives closing the plugin and reloading the page.
 */
import type { LocalStorage } from '@penpot/plugin-types';

export const PENPOT_PREFIX = 'pg:penpot:';

function keys(): string[] {
  const result: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PENPOT_PREFIX)) result.push(key.slice(PENPOT_PREFIX.length));
  }
  return result;
}

export function createPenpotStorage(): LocalStorage {
  return {
    // Penpot answers null for a missing key, whatever the typings say.
    getItem: (key) => localStorage.getItem(PENPOT_PREFIX + String(key)) as string,
    setItem: (key, value) => localStorage.setItem(PENPOT_PREFIX + String(key), String(value)),
    removeItem: (key) => localStorage.removeItem(PENPOT_PREFIX + String(key)),
    getKeys: keys,
  };
}

/** The stored strings, JSON-decoded where they are JSON (as the plugin writes them). */
export function readPenpotStorage(): Record<string, unknown> {
  return Object.fromEntries(
    keys().map((key) => {
      const raw = localStorage.getItem(PENPOT_PREFIX + key)!;
      try {
        return [key, JSON.parse(raw) as unknown];
      } catch {
        return [key, raw];
      }
    }),
  );
}

export function clearPenpotStorage(): void {
  for (const key of keys()) localStorage.removeItem(PENPOT_PREFIX + key);
}

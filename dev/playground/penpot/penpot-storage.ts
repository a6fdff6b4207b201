/**
 * penpot.localStorage: synchronous, string values ("stored in a string
 * representation"), per user; kept in the page's localStorage under
 * "pg:penpot:" so it survives closing the plugin and reloading the page.
 */
import type { LocalStorage } from '@penpot/plugin-types';
import { userPrefix } from '../runtime/user-storage';

const PENPOT_PREFIX = 'pg:penpot:';
/** The current user's (runtime/user-storage.ts): the first user's is PENPOT_PREFIX. */
export const penpotPrefix = () => userPrefix(PENPOT_PREFIX);

function keys(): string[] {
  const result: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(penpotPrefix())) result.push(key.slice(penpotPrefix().length));
  }
  return result;
}

export function createPenpotStorage(): LocalStorage {
  return {
    // Penpot answers null for a missing key, whatever the typings say.
    getItem: (key) => localStorage.getItem(penpotPrefix() + String(key)) as string,
    setItem: (key, value) => localStorage.setItem(penpotPrefix() + String(key), String(value)),
    removeItem: (key) => localStorage.removeItem(penpotPrefix() + String(key)),
    getKeys: keys,
  };
}

/** The stored strings, JSON-decoded where they are JSON (as the plugin writes them). */
export function readPenpotStorage(): Record<string, unknown> {
  return Object.fromEntries(
    keys().map((key) => {
      const raw = localStorage.getItem(penpotPrefix() + key)!;
      try {
        return [key, JSON.parse(raw) as unknown];
      } catch {
        return [key, raw];
      }
    }),
  );
}

export function clearPenpotStorage(): void {
  for (const key of keys()) localStorage.removeItem(penpotPrefix() + key);
}

/**
 * figma.clientStorage: async, structured values, per user and machine. Kept
 * in the page's localStorage under "pg:figma:" so it survives closing the
 * plugin and reloading the page, with Figma's 5 MB budget enforced.
 */
import { decodeStructured, encodeStructured } from '../runtime/structured-json';
import type { SandboxSession } from '../runtime/session';
import { userPrefix } from '../runtime/user-storage';

const FIGMA_PREFIX = 'pg:figma:';
/** The current user's (runtime/user-storage.ts): the first user's is FIGMA_PREFIX. */
export const figmaPrefix = () => userPrefix(FIGMA_PREFIX);
const QUOTA_BYTES = 5 * 1024 * 1024;

export type ClientStorage = Pick<ClientStorageAPI, 'getAsync' | 'setAsync' | 'deleteAsync' | 'keysAsync'>;

function keys(): string[] {
  const result: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(figmaPrefix())) result.push(key.slice(figmaPrefix().length));
  }
  return result;
}

function usedBytes(except: string): number {
  return keys()
    .filter((k) => k !== except)
    .reduce((sum, k) => sum + k.length + (localStorage.getItem(figmaPrefix() + k)?.length ?? 0), 0);
}

export function readClientStorage(): Record<string, unknown> {
  return Object.fromEntries(
    keys().map((k) => [k, decodeStructured(localStorage.getItem(figmaPrefix() + k)!)]),
  );
}

export function clearClientStorage(): void {
  for (const key of keys()) localStorage.removeItem(figmaPrefix() + key);
}

/** Writes happen when called; the answers reach only a live sandbox. */
export function createClientStorage(session: SandboxSession): ClientStorage {
  const answer = <T>(work: () => T): Promise<T> => session.freeze(Promise.resolve().then(work));
  return {
    getAsync: (key: string) =>
      answer(() => {
        const raw = localStorage.getItem(figmaPrefix() + String(key));
        return raw === null ? undefined : decodeStructured(raw);
      }),
    setAsync: (key: string, value: unknown) => {
      let encoded: string;
      try {
        encoded = encodeStructured(value);
      } catch (error) {
        return session.freeze(Promise.reject(error));
      }
      if (usedBytes(String(key)) + String(key).length + encoded.length > QUOTA_BYTES) {
        return session.freeze(Promise.reject(new Error('Exceeded clientStorage quota of 5MB')));
      }
      try {
        localStorage.setItem(figmaPrefix() + String(key), encoded);
      } catch (error) {
        return session.freeze(Promise.reject(error));
      }
      return answer(() => undefined);
    },
    deleteAsync: (key: string) => {
      localStorage.removeItem(figmaPrefix() + String(key));
      return answer(() => undefined);
    },
    keysAsync: () => answer(keys),
  };
}

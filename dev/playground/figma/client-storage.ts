/**
 * figma.clientStorage: async, structured values, per user and machine. Kept
 * in the page's localStorage under "pg:figma:" so it survives closing the
 * plugin and reloading the page, with Figma's 5 MB budget enforced.
 */
import { decodeStructured, encodeStructured } from '../runtime/structured-json';
import type { SandboxSession } from '../runtime/session';

export const FIGMA_PREFIX = 'pg:figma:';
const QUOTA_BYTES = 5 * 1024 * 1024;

export type ClientStorage = Pick<ClientStorageAPI, 'getAsync' | 'setAsync' | 'deleteAsync' | 'keysAsync'>;

function keys(): string[] {
  const result: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(FIGMA_PREFIX)) result.push(key.slice(FIGMA_PREFIX.length));
  }
  return result;
}

function usedBytes(except: string): number {
  return keys()
    .filter((k) => k !== except)
    .reduce((sum, k) => sum + k.length + (localStorage.getItem(FIGMA_PREFIX + k)?.length ?? 0), 0);
}

export function readClientStorage(): Record<string, unknown> {
  return Object.fromEntries(
    keys().map((k) => [k, decodeStructured(localStorage.getItem(FIGMA_PREFIX + k)!)]),
  );
}

export function clearClientStorage(): void {
  for (const key of keys()) localStorage.removeItem(FIGMA_PREFIX + key);
}

/** Writes happen when called; the answers reach only a live sandbox. */
export function createClientStorage(session: SandboxSession): ClientStorage {
  const answer = <T>(work: () => T): Promise<T> => session.freeze(Promise.resolve().then(work));
  return {
    getAsync: (key: string) =>
      answer(() => {
        const raw = localStorage.getItem(FIGMA_PREFIX + String(key));
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
        localStorage.setItem(FIGMA_PREFIX + String(key), encoded);
      } catch (error) {
        return session.freeze(Promise.reject(error));
      }
      return answer(() => undefined);
    },
    deleteAsync: (key: string) => {
      localStorage.removeItem(FIGMA_PREFIX + String(key));
      return answer(() => undefined);
    },
    keysAsync: () => answer(keys),
  };
}

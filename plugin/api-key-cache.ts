/**
 * The API key, read once from per-user storage and kept in memory so the
 * task runner can read it synchronously at each request. It is stored under
 * one key only and is never written anywhere else (plugin data, messages
 * other than 'init', notifications).
 */
import { STORE_KEYS, type KeyValueStore } from '../core/storage/store';

export class ApiKeyCache {
  private key: string | null = null;

  constructor(private readonly store: KeyValueStore) {}

  async loadAsync(): Promise<string | null> {
    const stored = await this.store.getAsync<unknown>(STORE_KEYS.apiKey);
    this.key = typeof stored === 'string' && stored.trim() ? stored.trim() : null;
    return this.key;
  }

  get(): string | null {
    return this.key;
  }

  /** Saves a trimmed key; an empty one forgets it. */
  async saveAsync(apiKey: string): Promise<void> {
    const trimmed = apiKey.trim();
    if (!trimmed) return this.forgetAsync();
    await this.store.setAsync(STORE_KEYS.apiKey, trimmed);
    this.key = trimmed;
  }

  async forgetAsync(): Promise<void> {
    await this.store.deleteAsync(STORE_KEYS.apiKey);
    this.key = null;
  }
}

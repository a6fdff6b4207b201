import type { ModelId } from '../models/catalogue';

/** One finished result, listed in History. Its bytes live in the cache, apart. */
export interface HistoryEntry {
  readonly id: string;
  readonly taskId: string;
  readonly prompt: string;
  readonly model: ModelId;
  readonly shape: string;
  readonly kind: 'svg' | 'image';
  readonly createdAt: number;
  /** Whether the result is still cached, so Insert again costs nothing. */
  readonly cached: boolean;
  /** Bytes the cached result takes in storage. */
  readonly size: number;
}

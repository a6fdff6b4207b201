import type { ModelId } from '../models/catalogue';
import type { VectorOptions } from '../tasks/types';

/** One finished result, listed in History. Its bytes live in the cache, apart. */
export interface HistoryEntry {
  readonly id: string;
  readonly taskId: string;
  readonly prompt: string;
  readonly model: ModelId;
  readonly size: string;
  readonly kind: 'svg' | 'image';
  readonly createdAt: number;
  /** Whether the result is still cached, so Insert again costs nothing. */
  readonly cached: boolean;
  /** Bytes the cached result takes in storage. */
  readonly bytes: number;
  /**
   * Why it could not be inserted, when it could not: its cached file is then
   * the raw download, never run through the SVG pipeline, kept so a paid
   * result is not lost (Download file, Try inserting again).
   */
  readonly notInserted?: string;
  /** For a raw file: the designer's vector options, applied when it is inserted. */
  readonly vector?: VectorOptions;
  /** The gateway's URL of the result's file, while a raster tool may use it (core/api/tool-source.ts). */
  readonly resultUrl?: string;
  /** When the result was made at the latest (its task's acceptance): the gateway keeps it about a day. */
  readonly madeAt?: number;
}

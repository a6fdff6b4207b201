import { DEFAULT_MODEL_ID, type ModelId } from './models/catalogue';
import { DEFAULT_VECTOR_OPTIONS, type VectorOptions } from './tasks/types';

export const DEFAULT_API_BASE = 'https://apiin.one/api/v1';

/** What the plugin remembers per user (never in the document). The key is stored apart. */
export interface Settings {
  readonly apiBase: string;
  readonly model: ModelId;
  /** Last size or aspect ratio chosen per model. */
  readonly sizes: Partial<Record<ModelId, string>>;
  readonly vector: VectorOptions;
  /** How many images one press of Generate makes (icon sets). */
  readonly batch: number;
}

export const DEFAULT_SETTINGS: Settings = {
  apiBase: DEFAULT_API_BASE,
  model: DEFAULT_MODEL_ID,
  sizes: {},
  vector: DEFAULT_VECTOR_OPTIONS,
  batch: 1,
};

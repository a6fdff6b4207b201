import { DEFAULT_MODEL_ID, type ModelId } from './models/catalogue';
import {
  DEFAULT_CONFIRM_CREDITS,
  DEFAULT_NAME_PREFIX,
  DEFAULT_SET_ICON_SIZE,
  DEFAULT_SET_NAME,
  DEFAULT_SET_TEMPLATE,
  type SetColourMode,
  type SetIconSize,
} from './sets/types';
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
  /** The set form as the designer last left it. */
  readonly set: SetFormSettings;
  /**
   * Send the brand kit's colours to the model as Recraft's `controls` (not documented by the gateway): off
   * until the designer opts in, and turned off again when the gateway refuses them (controls-refused).
   */
  readonly sendBrandColours: boolean;
  /** Add the brand kit's palette in words to the prompt (shown in the prompt preview). */
  readonly paletteInPrompt: boolean;
}

/** What the set form remembers; the spec itself is built (and checked) when Generate set is pressed. */
export interface SetFormSettings {
  /** The Icons field as typed (one subject a line). */
  readonly icons: string;
  readonly style: string;
  readonly template: string;
  readonly model: ModelId;
  readonly iconSize: SetIconSize;
  /** Absent: the padding follows the icon size (the set's default rule) until the designer edits it. */
  readonly padding?: number;
  readonly colourMode: SetColourMode;
  /** "#rrggbb". */
  readonly mono: string;
  /** The document colour (swatch id) one-colour mode binds to, when the designer picked one. */
  readonly bindId?: string;
  readonly variants: number;
  readonly prefix: string;
  readonly name: string;
  /** Above this many credits Generate set asks first. */
  readonly confirmCredits: number;
}

const DEFAULT_SET_FORM: SetFormSettings = {
  icons: '',
  style: '',
  template: DEFAULT_SET_TEMPLATE,
  model: DEFAULT_MODEL_ID,
  iconSize: DEFAULT_SET_ICON_SIZE,
  colourMode: 'keep',
  mono: '#000000',
  variants: 1,
  prefix: DEFAULT_NAME_PREFIX,
  name: DEFAULT_SET_NAME,
  confirmCredits: DEFAULT_CONFIRM_CREDITS,
};

export const DEFAULT_SETTINGS: Settings = {
  apiBase: DEFAULT_API_BASE,
  model: DEFAULT_MODEL_ID,
  sizes: {},
  vector: DEFAULT_VECTOR_OPTIONS,
  batch: 1,
  set: DEFAULT_SET_FORM,
  sendBrandColours: false,
  paletteInPrompt: true,
};

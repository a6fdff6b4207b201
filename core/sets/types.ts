/**
 * An icon set: a list of subjects generated with one shared style, landing
 * as named components in one container, in list order. The spec is fixed
 * when Generate set is pressed; the record (spec + one item per subject and
 * variant) is kept in the sandbox's storage until the designer dismisses the
 * finished set, so a set resumes after the plugin closes mid-way.
 */
import type { UserError } from '../api/errors';
import type { Swatch } from '../color/swatch';
import type { RecraftControls } from '../api/recraft-controls';
import type { ModelId } from '../models/catalogue';

/** Icon sizes a set offers, px. */
export const SET_ICON_SIZES = [16, 20, 24, 32, 48] as const;
export type SetIconSize = (typeof SET_ICON_SIZES)[number];
export const DEFAULT_SET_ICON_SIZE: SetIconSize = 24;
/** Subjects per set. */
export const MAX_SET_SUBJECTS = 48;
/** Variants per subject (a component set of Option=1…N when more than one). */
export const MAX_SET_VARIANTS = 4;
/** Generations in flight at once (the gateway's limits are undocumented; a 429 slows the queue). */
export const SET_CONCURRENCY = 4;
/** Icons per row of the set's container (auto layout wraps after this many). */
export const SET_ICONS_PER_ROW = 8;
export const DEFAULT_SET_TEMPLATE = '{subject} icon, {style}';
export const DEFAULT_NAME_PREFIX = 'icon';
export const DEFAULT_SET_NAME = 'Icons';
/** Above this many credits Generate set asks for a confirmation first (the designer can change it). */
export const DEFAULT_CONFIRM_CREDITS = 200;

export type SetColourMode = 'keep' | 'mono' | 'palette';

export interface SetColour {
  readonly mode: SetColourMode;
  /** "#rrggbb": the one colour (mono mode); the bound swatch's colour when `bind` is set. */
  readonly mono: string;
  /** "#rrggbb" colours to map onto (palette mode). */
  readonly palette: readonly string[];
  /** Mono mode: the document colour every fill and stroke is bound to. */
  readonly bind?: Swatch;
}

export interface IconSetSpec {
  readonly setId: string;
  /** The container's name. */
  readonly name: string;
  /** Component names are `${prefix}/${subject}` (core/sets/names.ts). */
  readonly prefix: string;
  /** As typed, in list order, unique (core/sets/subjects.ts). */
  readonly subjects: readonly string[];
  readonly style: string;
  /** Each icon's prompt: `{subject}` and `{style}` filled in (core/sets/prompt-template.ts). */
  readonly template: string;
  readonly model: ModelId;
  /** The size the model is asked for (its own size or aspect ratio list, core/models/catalogue.ts). */
  readonly size: string;
  readonly iconSize: SetIconSize;
  /** Space kept free on each side, px. */
  readonly padding: number;
  readonly colour: SetColour;
  /** 1 to MAX_SET_VARIANTS. */
  readonly variants: number;
  /** The frame/board selected when Generate set was pressed; absent: near the view centre. */
  readonly insideId?: string;
  /**
   * The brand kit's colours as Recraft's `controls`, when the designer opted in ("Send brand colours", not
   * documented by the gateway); sent with every icon until the gateway refuses them.
   */
  readonly controls?: RecraftControls;
}

/**
 * One icon of a set (a subject's variant) as the sandbox keeps it:
 * - waiting: not requested yet;
 * - sending: its POST may be in flight (saved before it is sent: found so after a reopen, it may have been
 *   charged, so it is never sent again by itself: it becomes failed with the `ambiguous` error);
 * - accepted: the gateway took it (`taskId`), followed as any paid task;
 * - landed: its component is on the canvas (`nodeId`);
 * - failed: refused, failed, expired or given up (`error`); Retry sends it again, at its own cost.
 */
export type SetItemState = 'waiting' | 'sending' | 'accepted' | 'landed' | 'failed';

export interface SetItem {
  /** The subject's position in `spec.subjects`. */
  readonly index: number;
  /** 1-based. */
  readonly variant: number;
  readonly state: SetItemState;
  readonly taskId?: string;
  readonly nodeId?: string;
  readonly error?: UserError;
}

export interface IconSetRecord {
  readonly spec: IconSetSpec;
  /** The frame/board holding the set, made when the set starts. */
  readonly containerId?: string;
  /** One per subject and variant, in list order (index, then variant). */
  readonly items: readonly SetItem[];
  readonly createdAt: number;
  /** Stop set: nothing waiting is sent any more; what was accepted still lands. */
  readonly stopped: boolean;
  /** When the last item settled (landed or failed) and the set was revealed, once. */
  readonly doneAt?: number;
}

/** Where one icon of a set goes (an InsertTarget of kind 'set'). */
export interface SetSlot {
  readonly setId: string;
  readonly index: number;
  readonly variant: number;
}

/**
 * What a set's component carries besides its GenerationMeta (plugin data), so
 * "Regenerate this icon" works for anyone with the file, set record or not.
 */
export interface IconMeta {
  readonly setId: string;
  readonly subject: string;
  readonly index: number;
  readonly variant: number;
  readonly prefix: string;
  readonly iconSize: SetIconSize;
  readonly padding: number;
  readonly colour: SetColour;
}

/**
 * The icon set form: what the designer typed and picked, as typed (numbers
 * stay text until checked), started from the settings and never cleared by
 * a press. The spec Generate set sends is built here from it and checked by
 * the one rule (core/sets/set-spec.ts validateSetSpec).
 */
import { normaliseHex } from '../../core/color/hex';
import type { Swatch } from '../../core/color/swatch';
import { defaultSize, modelById, type ModelId } from '../../core/models/catalogue';
import type { SetFormSettings } from '../../core/settings';
import { defaultPadding, needsConfirmation, setCostLabel, setCredits } from '../../core/sets/set-cost';
import { validateSetSpec } from '../../core/sets/set-spec';
import { parseSubjects, type ParsedSubjects } from '../../core/sets/subjects';
import {
  MAX_SET_VARIANTS,
  type IconSetSpec,
  type SetColour,
  type SetColourMode,
  type SetIconSize,
} from '../../core/sets/types';
import { CONFIRM_PROBLEM, monoProblem, NO_KEY_PROBLEM, paletteProblem, parsePalette } from './validation';

/** Which form the window shows: single generation, or an icon set. */
export type FormMode = 'single' | 'set';

export interface SetFormState {
  readonly icons: string;
  readonly style: string;
  readonly template: string;
  readonly model: ModelId;
  readonly iconSize: SetIconSize;
  readonly paddingText: string;
  /** Typed by the designer: from then on it no longer follows the icon size. */
  readonly paddingEdited: boolean;
  readonly colourMode: SetColourMode;
  readonly mono: string;
  readonly paletteText: string;
  /** The document colour one-colour mode binds to (a swatch id); '' for none. */
  readonly bindId: string;
  readonly variantsText: string;
  readonly prefix: string;
  readonly name: string;
  readonly confirmText: string;
}

export type SetFormAction =
  | {
      type: 'text';
      field: 'icons' | 'style' | 'template' | 'mono' | 'paletteText' | 'variantsText' | 'prefix' | 'name';
      text: string;
    }
  | { type: 'confirm'; text: string }
  | { type: 'model'; model: ModelId }
  | { type: 'icon-size'; size: SetIconSize }
  | { type: 'padding'; text: string }
  | { type: 'colour-mode'; mode: SetColourMode }
  /** A document colour picked ('' for none): its colour becomes the one colour. */
  | { type: 'bind'; swatch: Swatch | undefined };

/** The words a few common icon styles share; a starting point the designer edits in Style. */
export const STYLE_PRESETS: readonly { readonly name: string; readonly style: string }[] = [
  { name: 'Outline', style: 'outline, rounded corners, 2 px stroke, minimal, no fill' },
  { name: 'Filled', style: 'solid filled shapes, rounded corners, minimal, no outline' },
  { name: 'Duotone', style: 'duotone, two tones of one colour, simple shapes, minimal' },
  { name: 'Sharp', style: 'outline, sharp corners, 1.5 px stroke, geometric, minimal' },
];

export function setFormFromSettings(
  set: SetFormSettings,
  documentPalette: readonly string[],
  fallbackPalette: readonly string[],
): SetFormState {
  const palette = documentPalette.length ? documentPalette : fallbackPalette;
  return {
    icons: set.icons,
    style: set.style,
    template: set.template,
    model: set.model,
    iconSize: set.iconSize,
    paddingText: String(set.padding ?? defaultPadding(set.iconSize)),
    paddingEdited: set.padding !== undefined,
    colourMode: set.colourMode,
    mono: set.mono,
    paletteText: palette.join(', '),
    bindId: set.bindId ?? '',
    variantsText: String(set.variants),
    prefix: set.prefix,
    name: set.name,
    confirmText: String(set.confirmCredits),
  };
}

export function setFormReducer(state: SetFormState, action: SetFormAction): SetFormState {
  switch (action.type) {
    case 'text':
      // A colour typed by hand is no longer the bound document colour.
      return action.field === 'mono'
        ? { ...state, mono: action.text, bindId: '' }
        : { ...state, [action.field]: action.text };
    case 'confirm':
      return { ...state, confirmText: action.text };
    case 'model':
      return { ...state, model: action.model };
    case 'icon-size':
      // The padding follows the size (2 at 24) until the designer types their own.
      return state.paddingEdited
        ? { ...state, iconSize: action.size }
        : { ...state, iconSize: action.size, paddingText: String(defaultPadding(action.size)) };
    case 'padding':
      return { ...state, paddingText: action.text, paddingEdited: true };
    case 'colour-mode':
      return { ...state, colourMode: action.mode };
    case 'bind':
      return action.swatch
        ? { ...state, bindId: action.swatch.id, mono: action.swatch.hex }
        : { ...state, bindId: '' };
  }
}

/** The Icons field read by the one parser (core/sets/subjects.ts). */
export function subjectsOf(form: SetFormState): ParsedSubjects {
  return parseSubjects(form.icons);
}

/** A whole number as typed, or NaN (the spec's check says why). */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
}

function numberOf(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? NaN : Number(trimmed);
}

function variantsOf(form: SetFormState): number {
  return wholeNumber(form.variantsText);
}

/** The bound swatch, when one-colour mode is on and the document still has it. */
export function boundSwatch(form: SetFormState, swatches: readonly Swatch[]): Swatch | undefined {
  if (form.colourMode !== 'mono' || !form.bindId) return undefined;
  return swatches.find((s) => s.id === form.bindId);
}

function colourOf(form: SetFormState, swatches: readonly Swatch[]): SetColour {
  const bind = boundSwatch(form, swatches);
  return {
    mode: form.colourMode,
    mono: bind?.hex ?? normaliseHex(form.mono) ?? '#000000',
    palette: form.colourMode === 'palette' ? parsePalette(form.paletteText).colours : [],
    ...(bind ? { bind } : {}),
  };
}

export interface SpecContext {
  readonly setId: string;
  readonly swatches: readonly Swatch[];
  /** The frame/board selected when Generate set is pressed. */
  readonly insideId?: string;
}

/** The spec Generate set sends, from the form as it is now. */
export function setSpecOf(form: SetFormState, context: SpecContext): IconSetSpec {
  return {
    setId: context.setId,
    name: form.name.trim(),
    prefix: form.prefix.trim(),
    subjects: subjectsOf(form).subjects,
    style: form.style.trim(),
    template: form.template,
    model: form.model,
    // Icons are square: the model's own square size.
    size: defaultSize(modelById(form.model)),
    iconSize: form.iconSize,
    padding: numberOf(form.paddingText),
    colour: colourOf(form, context.swatches),
    variants: variantsOf(form),
    ...(context.insideId ? { insideId: context.insideId } : {}),
  };
}

/** The confirmation threshold typed, or undefined while it is not a whole number. */
function confirmThresholdOf(form: SetFormState): number | undefined {
  const value = wholeNumber(form.confirmText);
  return Number.isNaN(value) ? undefined : value;
}

/** Why Generate set cannot be pressed, or undefined. */
export function setFormProblem(
  form: SetFormState,
  hasKey: boolean,
  swatches: readonly Swatch[],
): string | undefined {
  if (!hasKey) return NO_KEY_PROBLEM;
  const specError = validateSetSpec(setSpecOf(form, { setId: 'check', swatches }));
  if (specError) return specError.message;
  if (form.colourMode === 'mono' && !boundSwatch(form, swatches)) return monoProblem(form.mono);
  if (form.colourMode === 'palette') return paletteProblem(form.paletteText);
  return confirmThresholdOf(form) === undefined ? CONFIRM_PROBLEM : undefined;
}

/** The button's name; with an unreadable count it still says what it does. */
export function setButtonLabel(form: SetFormState): string {
  const { subjects, variants } = setCostOf(form);
  return setCostLabel(subjects, variants, form.model);
}

/**
 * What the set as typed would cost: its subjects, variants per icon (1 while what is typed is not a valid
 * count) and credits, for the button, the confirmation and its dialog alike.
 */
export function setCostOf(form: SetFormState): { subjects: number; variants: number; credits: number } {
  const subjects = subjectsOf(form).subjects.length;
  const typed = variantsOf(form);
  const variants = variantValid(typed) ? typed : 1;
  return { subjects, variants, credits: setCredits(subjects, variants, form.model) };
}

/** Whether the press asks first: the whole set costs more than the threshold typed. */
export function setNeedsConfirmation(form: SetFormState): boolean {
  return spendNeedsConfirmation(setCostOf(form).credits, form);
}

/** Whether a spend asks first: single generation and sets share the one threshold the designer sets. */
export function spendNeedsConfirmation(credits: number, form: SetFormState): boolean {
  return needsConfirmation(credits, confirmThresholdOf(form));
}

const variantValid = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_SET_VARIANTS;

/** What the settings remember of the form; a number not readable yet keeps the one remembered. */
export function setFormSettingsOf(previous: SetFormSettings, form: SetFormState): SetFormSettings {
  const padding = numberOf(form.paddingText);
  const variants = variantsOf(form);
  const confirm = confirmThresholdOf(form);
  return {
    icons: form.icons,
    style: form.style,
    template: form.template,
    model: form.model,
    iconSize: form.iconSize,
    ...(form.paddingEdited && Number.isFinite(padding) ? { padding } : {}),
    colourMode: form.colourMode,
    mono: normaliseHex(form.mono) ?? previous.mono,
    ...(form.bindId ? { bindId: form.bindId } : {}),
    variants: variantValid(variants) ? variants : previous.variants,
    prefix: form.prefix,
    name: form.name,
    confirmCredits: confirm ?? previous.confirmCredits,
  };
}

/**
 * The generation form: what the designer typed and picked. Nothing here is
 * ever cleared by generating or by an error, so no typing is lost.
 */
import { normaliseHex } from '../../core/color/hex';
import { isModelId, modelById, type ModelId } from '../../core/models/catalogue';
import type { Prefill } from '../../core/protocol/messages';
import type { Settings } from '../../core/settings';
import { isBatchCount } from '../../core/tasks/batch-limit';
import { isIconFrame, type IconFrame, type VectorOptions } from '../../core/tasks/types';
import { rememberSize, sizeFor } from './size';
import { parsePalette } from './validation';

export interface FormState {
  readonly prompt: string;
  readonly model: ModelId;
  readonly size: string;
  /** Last size per model, saved with the settings. */
  readonly sizes: Partial<Record<ModelId, string>>;
  /** As typed in the Images field; checked by formProblem. */
  readonly batchText: string;
  readonly removeBackground: boolean;
  readonly recolor: VectorOptions['recolor'];
  readonly paletteText: string;
  readonly mono: string;
  /** Icon frame size in px as picked ('' keeps the generated canvas), and the padding as typed. */
  readonly iconSize: string;
  readonly iconPaddingText: string;
  /** "Fill the selected shape" (raster only). */
  readonly fill: boolean;
}

export type FormAction =
  | { type: 'prompt'; prompt: string }
  | { type: 'model'; model: ModelId }
  | { type: 'size'; size: string }
  | { type: 'batch'; text: string }
  | { type: 'remove-background'; on: boolean }
  | { type: 'recolor'; recolor: VectorOptions['recolor'] }
  | { type: 'palette'; text: string }
  | { type: 'mono'; text: string }
  | { type: 'icon-size'; size: string }
  | { type: 'icon-padding'; text: string }
  | { type: 'fill'; on: boolean }
  | { type: 'prefill'; prefill: Prefill };

/**
 * The form as the designer left it last time, with the document's colours as
 * the palette when it has any. `settings` are the sandbox's, already checked
 * field by field (plugin/read-settings.ts): nothing is decided again here.
 */
export function formFromSettings(
  settings: Settings,
  documentPalette: readonly string[],
  prefill?: Prefill,
): FormState {
  const model = settings.model;
  const palette = documentPalette.length ? documentPalette : settings.vector.palette;
  const form: FormState = {
    prompt: '',
    model,
    size: sizeFor(model, settings.sizes),
    sizes: settings.sizes,
    batchText: String(settings.batch),
    removeBackground: settings.vector.removeBackground,
    recolor: settings.vector.recolor,
    paletteText: palette.join(', '),
    mono: settings.vector.mono,
    iconSize: settings.vector.iconFrame ? String(settings.vector.iconFrame.size) : '',
    iconPaddingText: String(settings.vector.iconFrame?.padding ?? DEFAULT_ICON_PADDING),
    fill: false,
  };
  return prefill ? formReducer(form, { type: 'prefill', prefill }) : form;
}

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case 'prompt':
      return { ...state, prompt: action.prompt };
    case 'model':
      return { ...state, model: action.model, size: sizeFor(action.model, state.sizes) };
    case 'size':
      return {
        ...state,
        size: action.size,
        sizes: rememberSize(state.sizes, state.model, action.size),
      };
    case 'batch':
      return { ...state, batchText: action.text };
    case 'remove-background':
      return { ...state, removeBackground: action.on };
    case 'recolor':
      return { ...state, recolor: action.recolor };
    case 'palette':
      return { ...state, paletteText: action.text };
    case 'mono':
      return { ...state, mono: action.text };
    case 'icon-size':
      return { ...state, iconSize: action.size };
    case 'icon-padding':
      return { ...state, iconPaddingText: action.text };
    case 'fill':
      return { ...state, fill: action.on };
    case 'prefill':
      return applyPrefill(state, action.prefill);
  }
}

function applyPrefill(state: FormState, prefill: Prefill): FormState {
  if (!isModelId(prefill.model)) return { ...state, prompt: prefill.prompt };
  const withModel = formReducer(
    { ...state, prompt: prefill.prompt },
    { type: 'model', model: prefill.model },
  );
  const valid = modelById(prefill.model).sizes.includes(prefill.size);
  return valid ? formReducer(withModel, { type: 'size', size: prefill.size }) : withModel;
}

/** The batch count when the Images field holds a whole number within the batch limit. */
export function batchOf(form: FormState): number | undefined {
  const text = form.batchText.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return isBatchCount(value) ? value : undefined;
}

/** The vector options to send; raster models get none (they would be ignored). */
export function vectorOptionsOf(form: FormState): VectorOptions {
  const iconFrame = iconFrameOf(form);
  return {
    removeBackground: form.removeBackground,
    recolor: form.recolor,
    palette: parsePalette(form.paletteText).colours,
    mono: normaliseHex(form.mono) ?? '#000000',
    ...(iconFrame ? { iconFrame } : {}),
  };
}

/** Icons sit 2 px in from a 24 px frame's edge in most icon sets. */
const DEFAULT_ICON_PADDING = 2;

/** The icon frame picked, when one is and its padding fits it; else undefined (checked by formProblem). */
export function iconFrameOf(form: FormState): IconFrame | undefined {
  if (!form.iconSize) return undefined;
  const frame = { size: Number(form.iconSize), padding: Number(form.iconPaddingText.trim() || NaN) };
  return isIconFrame(frame) ? frame : undefined;
}

/** The settings to remember after a change to the form. */
export function settingsFromForm(settings: Settings, form: FormState): Settings {
  return {
    ...settings,
    model: form.model,
    sizes: form.sizes,
    batch: batchOf(form) ?? settings.batch,
    vector: vectorOptionsOf(form),
  };
}

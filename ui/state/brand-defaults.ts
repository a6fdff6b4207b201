/**
 * Generate and Icon set take their defaults from the document's brand kit
 * (core/brand/kit-defaults.ts, the one mapping), as form fields: at open, and
 * again whenever the kit changes, but only for the fields the designer has
 * not changed in this session (a field still holding what was last put in it
 * is the kit's to change). Nothing goes back to the kit from here.
 */
import { setFieldsFromKit, vectorOptionsFromKit } from '../../core/brand/kit-defaults';
import type { BrandKit } from '../../core/brand/types';
import { defaultPadding } from '../../core/sets/set-cost';
import { formReducer, type FormAction, type FormState } from './form';
import type { SetFormAction, SetFormState } from './set-form';

type SingleFields = Pick<FormState, 'model' | 'recolor' | 'paletteText' | 'mono'>;
type SetFields = Pick<
  SetFormState,
  'prefix' | 'style' | 'model' | 'iconSize' | 'paddingText' | 'colourMode' | 'mono' | 'paletteText'
>;

/** The form fields a kit decides, in both forms. */
export interface KitFields {
  readonly single: SingleFields;
  readonly set: SetFields;
}

export function kitFieldsOf(kit: BrandKit): KitFields {
  const vector = vectorOptionsFromKit(kit);
  const set = setFieldsFromKit(kit);
  return {
    // Generate starts on the kit's preferred vector model (the kit's raster model is Icon set's for raster sets).
    single: {
      model: kit.vectorModel,
      recolor: vector.recolor,
      paletteText: vector.palette.join(', '),
      mono: vector.mono,
    },
    set: {
      prefix: set.prefix,
      style: set.style,
      model: set.model,
      iconSize: set.iconSize,
      paddingText: String(set.padding),
      colourMode: set.colour.mode,
      mono: set.colour.mono,
      paletteText: set.colour.palette.join(', '),
    },
  };
}

/** Those fields as the forms hold them now. */
export function kitFieldsOfForms(form: FormState, setForm: SetFormState): KitFields {
  const { recolor, paletteText, mono } = form;
  const { prefix, style, model, iconSize, paddingText, colourMode } = setForm;
  return {
    single: { model: form.model, recolor, paletteText, mono },
    set: {
      prefix,
      style,
      model,
      iconSize,
      paddingText,
      colourMode,
      mono: setForm.mono,
      paletteText: setForm.paletteText,
    },
  };
}

/**
 * The forms at open with the kit's defaults; `keepPalette` when the designer typed a palette in this
 * document before (init.savedPalette): what they typed is never overwritten by the kit.
 */
export function formsWithKit(
  form: FormState,
  setForm: SetFormState,
  kit: BrandKit,
  keepPalette: boolean,
): { readonly form: FormState; readonly setForm: SetFormState } {
  const fields = kitFieldsOf(kit);
  const single = keepPalette ? { ...fields.single, paletteText: form.paletteText } : fields.single;
  // The kit's padding follows its size only when it is that size's default.
  const paddingEdited = kit.icon.padding !== defaultPadding(kit.icon.size);
  return {
    // Through the reducer: a model brings its own size.
    form: formReducer({ ...form, ...single }, { type: 'model', model: single.model }),
    setForm: { ...setForm, ...fields.set, paddingEdited, bindId: '' },
  };
}

/** The fields of `next` whose current value is still the one last applied (not changed by the designer). */
function untouched<T extends object>(current: T, applied: T, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (current[key] === applied[key] && current[key] !== next[key]) changes[key] = next[key];
  }
  return changes;
}

/** The actions that bring the forms' untouched fields to a changed kit's defaults. */
export function kitChangeActions(
  current: KitFields,
  applied: KitFields,
  next: KitFields,
): { readonly single: FormAction[]; readonly set: SetFormAction[] } {
  const one = untouched(current.single, applied.single, next.single);
  const set = untouched(current.set, applied.set, next.set);
  const single: FormAction[] = [
    ...(one.model !== undefined ? [{ type: 'model' as const, model: one.model }] : []),
    ...(one.recolor !== undefined ? [{ type: 'recolor' as const, recolor: one.recolor }] : []),
    ...(one.paletteText !== undefined ? [{ type: 'palette' as const, text: one.paletteText }] : []),
    ...(one.mono !== undefined ? [{ type: 'mono' as const, text: one.mono }] : []),
  ];
  const text = (field: 'prefix' | 'style' | 'mono' | 'paletteText'): SetFormAction[] => {
    const value = set[field];
    return value !== undefined ? [{ type: 'text', field, text: value }] : [];
  };
  const setActions: SetFormAction[] = [
    ...text('prefix'),
    ...text('style'),
    ...(set.model !== undefined ? [{ type: 'model' as const, model: set.model }] : []),
    // The size before the padding: a size change moves a padding that follows it.
    ...(set.iconSize !== undefined ? [{ type: 'icon-size' as const, size: set.iconSize }] : []),
    ...(set.paddingText !== undefined ? [{ type: 'padding' as const, text: set.paddingText }] : []),
    ...(set.colourMode !== undefined ? [{ type: 'colour-mode' as const, mode: set.colourMode }] : []),
    ...text('mono'),
    ...text('paletteText'),
  ];
  return { single, set: setActions };
}

import type { Swatch } from '../../core/color/swatch';
import { componentName } from '../../core/sets/names';
import { subjectsOf, type SetFormAction, type SetFormState } from '../state/set-form';
import { NumberField, TextField } from './field';
import { SetLookFields } from './set-look-fields';
import { SetSubjectFields } from './set-subject-fields';
import { MAX_SET_VARIANTS } from '../../core/sets/types';

export interface SetFormProps {
  readonly form: SetFormState;
  readonly dispatch: (action: SetFormAction) => void;
  readonly swatches: readonly Swatch[];
}

/** Icon set mode's fields; Generate set, with the whole cost, is the footer's (set-action.tsx). */
export function SetForm({ form, dispatch, swatches }: SetFormProps) {
  const first = subjectsOf(form).subjects[0] ?? 'home';
  const text = (field: 'variantsText' | 'prefix' | 'name') => (value: string) =>
    dispatch({ type: 'text', field, text: value });
  return (
    <section class="form" aria-label="Icon set">
      <SetSubjectFields form={form} dispatch={dispatch} />
      <SetLookFields form={form} dispatch={dispatch} swatches={swatches} />
      <div class="grid">
        <NumberField
          label="Variants per icon"
          min={1}
          max={MAX_SET_VARIANTS}
          step={1}
          value={form.variantsText}
          onInput={text('variantsText')}
        />
        <TextField
          label="Name prefix"
          value={form.prefix}
          hint={`Components: ${componentName(form.prefix, first)}`}
          onInput={text('prefix')}
        />
        <TextField label="Set name" class="field span-2" value={form.name} onInput={text('name')} />
      </div>
    </section>
  );
}

import { useId } from 'preact/hooks';
import { normaliseHex } from '../../core/color/hex';
import type { Swatch } from '../../core/color/swatch';
import type { SetColourMode } from '../../core/sets/types';
import { boundSwatch, type SetFormAction, type SetFormState } from '../state/set-form';
import { monoProblem, paletteProblem } from '../state/validation';
import { Field, SelectField, TextField } from './field';
import { IconSizeSelect } from './icon-size-select';
import { ModelSelect } from './model-select';
import { SetPaddingField } from './set-padding-field';

export interface SetLookFieldsProps {
  readonly form: SetFormState;
  readonly dispatch: (action: SetFormAction) => void;
  /** The document's colours a set can be bound to. */
  readonly swatches: readonly Swatch[];
}

const COLOUR_MODES: readonly { readonly mode: SetColourMode; readonly label: string }[] = [
  { mode: 'keep', label: "Keep the model's colours" },
  { mode: 'mono', label: 'One colour' },
  { mode: 'palette', label: 'Map to the palette' },
];

/** How every icon looks: Model (vector first), Icon size, Padding, Colour. */
export function SetLookFields({ form, dispatch, swatches }: SetLookFieldsProps) {
  return (
    <div class="grid">
      <ModelSelect value={form.model} onModel={(model) => dispatch({ type: 'model', model })} />
      <IconSizeSelect
        label="Icon size"
        value={form.iconSize}
        onSize={(size) => dispatch({ type: 'icon-size', size })}
      />
      <SetPaddingField
        label="Padding"
        value={form.paddingText}
        followsSize={!form.paddingEdited}
        onInput={(text) => dispatch({ type: 'padding', text })}
      />
      <ColourFields form={form} dispatch={dispatch} swatches={swatches} />
    </div>
  );
}

function ColourFields({ form, dispatch, swatches }: SetLookFieldsProps) {
  const name = useId();
  const bound = boundSwatch(form, swatches);
  return (
    // Named by its legend only (no aria-labelledby), so a label search for the Colour input finds that alone.
    <fieldset class="span-2 colour" role="radiogroup">
      <legend>Colour</legend>
      {COLOUR_MODES.map((m) => (
        <label key={m.mode} class="check">
          <input
            type="radio"
            name={name}
            value={m.mode}
            checked={form.colourMode === m.mode}
            onChange={() => dispatch({ type: 'colour-mode', mode: m.mode })}
          />
          {m.label}
        </label>
      ))}
      {form.colourMode === 'mono' && (
        <div class="grid">
          <Field label="Colour" problem={bound ? undefined : monoProblem(form.mono)}>
            {(control) => (
              <div class="row">
                <span
                  class="swatch"
                  style={{ background: normaliseHex(form.mono) ?? 'transparent' }}
                  aria-hidden="true"
                />
                <input
                  {...control}
                  class="grow"
                  type="text"
                  spellcheck={false}
                  value={form.mono}
                  onInput={(e) => dispatch({ type: 'text', field: 'mono', text: e.currentTarget.value })}
                />
              </div>
            )}
          </Field>
          {swatches.length > 0 && (
            <SelectField
              label="Document colour"
              value={bound?.id ?? ''}
              hint={bound ? 'Every icon is bound to it: change it later and the set follows.' : undefined}
              onChange={(id) => dispatch({ type: 'bind', swatch: swatches.find((s) => s.id === id) })}
            >
              <option value="">None</option>
              {swatches.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
          )}
        </div>
      )}
      {form.colourMode === 'palette' && (
        <TextField
          label="Palette"
          value={form.paletteText}
          placeholder="#1e88e5, #ffb300"
          problem={paletteProblem(form.paletteText)}
          hint="Comma-separated hex colours; prefilled from the document's colours."
          onInput={(text) => dispatch({ type: 'text', field: 'paletteText', text })}
        />
      )}
    </fieldset>
  );
}

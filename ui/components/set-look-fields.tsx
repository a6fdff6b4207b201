import { useId } from 'preact/hooks';
import { normaliseHex } from '../../core/color/hex';
import type { Swatch } from '../../core/color/swatch';
import { isModelId } from '../../core/models/catalogue';
import { SET_ICON_SIZES, type SetColourMode, type SetIconSize } from '../../core/sets/types';
import { modelGroups, modelOptionText } from '../state/cost';
import { boundSwatch, type SetFormAction, type SetFormState } from '../state/set-form';
import { monoProblem, paletteProblem } from '../state/validation';
import { Field, NumberField, SelectField, TextField } from './field';

export interface SetLookFieldsProps {
  readonly form: SetFormState;
  readonly dispatch: (action: SetFormAction) => void;
  /** The document's colours a set can be bound to. */
  readonly swatches: readonly Swatch[];
}

const GROUPS = modelGroups();

const COLOUR_MODES: readonly { readonly mode: SetColourMode; readonly label: string }[] = [
  { mode: 'keep', label: "Keep the model's colours" },
  { mode: 'mono', label: 'One colour' },
  { mode: 'palette', label: 'Map to the palette' },
];

/** How every icon looks: Model (vector first), Icon size, Padding, Colour. */
export function SetLookFields({ form, dispatch, swatches }: SetLookFieldsProps) {
  return (
    <div class="grid">
      <SelectField
        label="Model"
        class="field span-2"
        value={form.model}
        onChange={(value) => {
          if (isModelId(value)) dispatch({ type: 'model', model: value });
        }}
      >
        {GROUPS.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.models.map((m) => (
              <option key={m.id} value={m.id}>
                {modelOptionText(m)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        label="Icon size"
        value={String(form.iconSize)}
        onChange={(value) => {
          const size = SET_ICON_SIZES.find((s) => String(s) === value);
          if (size !== undefined) dispatch({ type: 'icon-size', size: size as SetIconSize });
        }}
      >
        {SET_ICON_SIZES.map((size) => (
          <option key={size} value={String(size)}>
            {size} × {size} px
          </option>
        ))}
      </SelectField>
      <NumberField
        label="Padding"
        min={0}
        step={0.5}
        value={form.paddingText}
        hint={form.paddingEdited ? 'px on each side' : 'px on each side; follows the icon size'}
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

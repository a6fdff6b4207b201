import { useState } from 'preact/hooks';
import type { Swatch } from '../../core/color/swatch';
import type { VectorOptions } from '../../core/tasks/types';
import type { FormState } from '../state/form';
import { ColourPicker } from './colour-picker';
import { CheckField, Field, SelectField, TextField } from './field';
import { IconFrameField } from './icon-frame-field';
import { monoProblem, paletteProblem } from '../state/validation';
import { vectorSummary } from '../state/vector-summary';

export interface VectorFieldsProps {
  readonly form: FormState;
  /** The document's colours, offered as swatches. */
  readonly swatches: readonly Swatch[];
  readonly onRemoveBackground: (on: boolean) => void;
  readonly onRecolor: (recolor: VectorOptions['recolor']) => void;
  readonly onPalette: (text: string) => void;
  readonly onMono: (text: string) => void;
  readonly onIconSize: (size: string) => void;
  readonly onIconPadding: (text: string) => void;
}

const RECOLORS: readonly { value: VectorOptions['recolor']; text: string }[] = [
  { value: 'none', text: 'Keep colours' },
  { value: 'palette', text: 'Map to palette' },
  { value: 'mono', text: 'One colour' },
];

function isRecolor(value: string): value is VectorOptions['recolor'] {
  return RECOLORS.some((r) => r.value === value);
}

/**
 * Options the SVG pipeline applies to vector results, collapsed to their one-line summary; they open
 * on demand, and by themselves while one of them has a problem (it would be hidden otherwise).
 */
export function VectorFields(props: VectorFieldsProps) {
  const { form, onRemoveBackground, onRecolor, onPalette, onMono } = props;
  const [open, setOpen] = useState(false);
  const problem =
    (form.recolor === 'mono' && !!monoProblem(form.mono)) ||
    (form.recolor === 'palette' && !!paletteProblem(form.paletteText));
  return (
    <details class="vector" open={open || problem} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Vector options <span class="muted">{vectorSummary(form)}</span>
      </summary>
      <div class="grid">
        <CheckField
          label="Remove background"
          class="span-2"
          checked={form.removeBackground}
          onChange={onRemoveBackground}
        />
        <IconFrameField form={form} onSize={props.onIconSize} onPadding={props.onIconPadding} />
        <SelectField
          label="Recolour"
          value={form.recolor}
          onChange={(value) => {
            if (isRecolor(value)) onRecolor(value);
          }}
        >
          {RECOLORS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.text}
            </option>
          ))}
        </SelectField>
        {/* Both stay visible so the designer sees (and can prepare) the colours before switching mode. */}
        <MonoField
          value={form.mono}
          onChange={onMono}
          active={form.recolor === 'mono'}
          swatches={props.swatches}
        />
        <PaletteField
          value={form.paletteText}
          onChange={onPalette}
          active={form.recolor === 'palette'}
          swatches={props.swatches}
        />
      </div>
    </details>
  );
}

interface ColourFieldProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Whether the current Recolour mode uses this field; only then is it checked. */
  readonly active: boolean;
  readonly swatches: readonly Swatch[];
}

function MonoField({ value, onChange, active, swatches }: ColourFieldProps) {
  const problem = active ? monoProblem(value) : undefined;
  return (
    <Field label="Colour" class="field span-2" problem={problem}>
      {(control) => (
        <div class="row wrap">
          <ColourPicker value={value} onPick={onChange} swatches={swatches} verb="Use" />
          <input
            {...control}
            class="grow"
            type="text"
            value={value}
            spellcheck={false}
            onInput={(e) => onChange(e.currentTarget.value)}
          />
        </div>
      )}
    </Field>
  );
}

function PaletteField({ value, onChange, active, swatches }: ColourFieldProps) {
  const problem = active ? paletteProblem(value) : undefined;
  const add = (hex: string) => onChange(value.trim() ? `${value.trim()}, ${hex}` : hex);
  return (
    <>
      <TextField
        label="Palette"
        class="field span-2"
        value={value}
        placeholder="#1e88e5, #ffb300, #263238"
        // The hint gives way to the problem: one line under the field either way.
        hint={problem ? undefined : 'Comma-separated hex colours; kept in this document.'}
        problem={problem}
        onInput={onChange}
      />
      <div class="row wrap span-2">
        <ColourPicker value="" onPick={add} swatches={swatches} verb="Add" />
      </div>
    </>
  );
}

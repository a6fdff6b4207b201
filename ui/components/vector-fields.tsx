import { normaliseHex } from '../../core/color/hex';
import type { VectorOptions } from '../../core/tasks/types';
import type { FormState } from '../state/form';
import { IconFrameField } from './icon-frame-field';
import { monoProblem, paletteProblem } from '../state/validation';

export interface VectorFieldsProps {
  readonly form: FormState;
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

/** Options the SVG pipeline applies to vector results. */
export function VectorFields(props: VectorFieldsProps) {
  const { form, onRemoveBackground, onRecolor, onPalette, onMono } = props;
  return (
    <fieldset class="vector grid">
      <legend>Vector options</legend>
      <label class="check span-2">
        <input
          type="checkbox"
          checked={form.removeBackground}
          onChange={(e) => onRemoveBackground(e.currentTarget.checked)}
        />
        Remove background
      </label>
      <IconFrameField form={form} onSize={props.onIconSize} onPadding={props.onIconPadding} />
      <div class="field">
        <label class="field-label" for="recolour">
          Recolour
        </label>
        <select
          id="recolour"
          value={form.recolor}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isRecolor(value)) onRecolor(value);
          }}
        >
          {RECOLORS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.text}
            </option>
          ))}
        </select>
      </div>
      {/* Both stay visible so the designer sees (and can prepare) the colours before switching mode. */}
      <MonoField value={form.mono} onChange={onMono} active={form.recolor === 'mono'} />
      <PaletteField value={form.paletteText} onChange={onPalette} active={form.recolor === 'palette'} />
    </fieldset>
  );
}

interface ColourFieldProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Whether the current Recolour mode uses this field; only then is it checked. */
  readonly active: boolean;
}

function MonoField({ value, onChange, active }: ColourFieldProps) {
  const problem = active ? monoProblem(value) : undefined;
  const hex = normaliseHex(value);
  return (
    <div class="field">
      <label class="field-label" for="mono">
        Colour
      </label>
      <div class="row">
        <span class="swatch" style={{ background: hex ?? 'transparent' }} aria-hidden="true" />
        <input
          id="mono"
          class="grow"
          type="text"
          value={value}
          spellcheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'mono-problem' : undefined}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      </div>
      {problem && (
        <p id="mono-problem" role="alert" class="error">
          {problem}
        </p>
      )}
    </div>
  );
}

function PaletteField({ value, onChange, active }: ColourFieldProps) {
  const problem = active ? paletteProblem(value) : undefined;
  return (
    <div class="field span-2">
      <label class="field-label" for="palette">
        Palette
      </label>
      <input
        id="palette"
        type="text"
        value={value}
        spellcheck={false}
        placeholder="#1e88e5, #ffb300, #263238"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'palette-problem' : 'palette-hint'}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      {problem ? (
        <p id="palette-problem" role="alert" class="error">
          {problem}
        </p>
      ) : (
        <p id="palette-hint" class="hint">
          Comma-separated hex colours; prefilled from the document's colours.
        </p>
      )}
    </div>
  );
}

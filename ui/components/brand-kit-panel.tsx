import { useState } from 'preact/hooks';
import { BRAND_PALETTE_MAX } from '../../core/brand/types';
import { isModelId, MODELS, type OutputKind } from '../../core/models/catalogue';
import type { SetColourMode } from '../../core/sets/types';
import { BRAND_COPY_FIELD, type BrandKitState } from '../hooks/use-brand-kit';
import { modelOptionText } from '../state/cost';
import { BrandPalette } from './brand-palette';
import { CheckField, Field, ProblemText, SelectField, TextField } from './field';
import { IconSizeSelect } from './icon-size-select';
import { SetPaddingField } from './set-padding-field';

export interface BrandKitPanelProps {
  readonly brand: BrandKitState;
}

const COLOUR_MODES: readonly { readonly mode: SetColourMode; readonly label: string }[] = [
  { mode: 'keep', label: "Keep the model's colours" },
  { mode: 'mono', label: 'One colour (the first)' },
  { mode: 'palette', label: 'The palette' },
];

const STATUS_TEXT = {
  saved: 'Saved to this document’s brand kit.',
  copied: 'Copied the kit as JSON.',
  pasted: 'Pasted. Save to brand kit keeps it in this document.',
} as const;

function PreferredModelSelect(props: {
  label: string;
  output: OutputKind;
  value: string;
  onModel: (model: (typeof MODELS)[number]['id']) => void;
}) {
  return (
    <SelectField
      label={props.label}
      value={props.value}
      onChange={(value) => {
        if (isModelId(value)) props.onModel(value);
      }}
    >
      {MODELS.filter((m) => m.output === props.output).map((m) => (
        <option key={m.id} value={m.id}>
          {modelOptionText(m)}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * The document's brand kit, collapsed under its own disclosure so the main form keeps its size: edited here,
 * kept in the document only by Save to brand kit, copied and pasted as JSON. Its content is rendered only
 * while open: its fields then never share a name with the form's.
 */
export function BrandKitPanel({ brand }: BrandKitPanelProps) {
  const [open, setOpen] = useState(false);
  const [pasted, setPasted] = useState('');
  const { form, dispatch, status } = brand;
  const text = (field: 'styleWords' | 'paddingText' | 'prefix') => (value: string) =>
    dispatch({ type: 'text', field, text: value });
  return (
    <details class="advanced brand-kit" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Brand kit{' '}
        <span class="muted">{brand.saved ? `${brand.saved.palette.length} colours` : 'not saved yet'}</span>
      </summary>
      {open && (
        <div class="brand-kit-body">
          <p class="hint">
            Kept in this document for everyone who opens it. Generate and Icon set start from it; nothing you
            change in the form changes the kit.
          </p>
          <BrandPalette
            palette={form.palette}
            full={form.palette.length >= BRAND_PALETTE_MAX}
            dispatch={dispatch}
          />
          <TextField
            label="Style words"
            value={form.styleWords}
            placeholder="flat, rounded, friendly"
            onInput={text('styleWords')}
          />
          <div class="grid">
            <IconSizeSelect
              label="Kit icon size"
              value={form.iconSize}
              onSize={(size) => dispatch({ type: 'icon-size', size })}
            />
            <SetPaddingField label="Kit padding" value={form.paddingText} onInput={text('paddingText')} />
            <SelectField
              label="Icon colours"
              class="field span-2"
              value={form.colourMode}
              onChange={(value) => {
                const mode = COLOUR_MODES.find((m) => m.mode === value)?.mode;
                if (mode) dispatch({ type: 'colour-mode', mode });
              }}
            >
              {COLOUR_MODES.map((m) => (
                <option key={m.mode} value={m.mode}>
                  {m.label}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Kit name prefix"
              class="field span-2"
              value={form.prefix}
              onInput={text('prefix')}
            />
          </div>
          <PreferredModelSelect
            label="Preferred vector model"
            output="vector"
            value={form.vectorModel}
            onModel={(model) => dispatch({ type: 'model', field: 'vectorModel', model })}
          />
          <PreferredModelSelect
            label="Preferred raster model"
            output="raster"
            value={form.rasterModel}
            onModel={(model) => dispatch({ type: 'model', field: 'rasterModel', model })}
          />
          <CheckField
            label="Add the palette to the prompt"
            checked={brand.brand.settings.paletteInPrompt}
            onChange={(on) => brand.setOption('paletteInPrompt', on)}
          />
          <CheckField
            label="Send brand colours to the model (not documented by the gateway)"
            checked={brand.brand.settings.sendBrandColours}
            onChange={(on) => brand.setOption('sendBrandColours', on)}
          />
          <div class="row wrap">
            <button
              type="button"
              aria-disabled={brand.saving ? true : undefined}
              onClick={() => {
                if (!brand.saving) void brand.handleSaveAsync();
              }}
            >
              Save to brand kit
            </button>
            <button type="button" class="secondary" onClick={() => void brand.handleCopyAsync()}>
              Copy kit as JSON
            </button>
          </div>
          {status?.kind === 'problem' ? (
            <ProblemText>{status.message}</ProblemText>
          ) : (
            status && (
              <p class="hint" role="status">
                {STATUS_TEXT[status.kind]}
              </p>
            )
          )}
          {brand.copyText !== undefined && (
            <Field
              label="Kit JSON to copy"
              idBase={BRAND_COPY_FIELD}
              hint="The clipboard is not available here: copy this text."
            >
              {(control) => (
                <textarea
                  {...control}
                  readOnly
                  rows={4}
                  value={brand.copyText}
                  spellcheck={false}
                  onFocus={(e) => e.currentTarget.select()}
                />
              )}
            </Field>
          )}
          <Field label="Kit JSON to paste" hint="Paste a kit copied from another file, then Paste kit JSON.">
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={pasted}
                spellcheck={false}
                onInput={(e) => setPasted(e.currentTarget.value)}
              />
            )}
          </Field>
          <button type="button" class="secondary" onClick={() => brand.handlePaste(pasted)}>
            Paste kit JSON
          </button>
        </div>
      )}
    </details>
  );
}

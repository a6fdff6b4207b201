import type { Swatch } from '../../core/color/swatch';
import { normaliseHex } from '../../core/color/hex';

export interface ColourPickerProps {
  /** The colour as typed; the picker shows it once it reads. */
  readonly value: string;
  readonly onPick: (hex: string) => void;
  /** The document's colours (styles, variables, library colours): one press each. */
  readonly swatches: readonly Swatch[];
  /** What a swatch press does, for its name: "Use" or "Add". */
  readonly verb: string;
}

/** The system colour picker beside a hex field, and the document's colours as swatches. */
export function ColourPicker({ value, onPick, swatches, verb }: ColourPickerProps) {
  return (
    <>
      <input
        type="color"
        class="picker"
        // Named apart from the fields' labels (a label search for Palette or Colour finds the field alone).
        aria-label={`${verb} with the system picker`}
        value={normaliseHex(value) ?? '#000000'}
        onInput={(e) => onPick(e.currentTarget.value)}
      />
      {swatches.slice(0, 8).map((swatch) => (
        <button
          key={swatch.id}
          type="button"
          class="swatch"
          style={{ background: swatch.hex }}
          aria-label={`${verb} ${swatch.name}`}
          title={`${swatch.name} ${swatch.hex}`}
          onClick={() => onPick(swatch.hex)}
        />
      ))}
    </>
  );
}

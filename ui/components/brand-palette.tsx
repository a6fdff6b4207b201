import { normaliseHex } from '../../core/color/hex';
import type { BrandColour } from '../../core/brand/types';
import type { BrandKitFormAction } from '../state/brand-kit-form';
import { focusSoon } from '../sets/focus';
import { IconButton } from './icon';

const ADD_ID = 'brand-add-colour';
const removeId = (index: number) => `brand-remove-${index}`;

export interface BrandPaletteProps {
  readonly palette: readonly BrandColour[];
  /** The kit holds its most colours: Add colour says so instead of adding. */
  readonly full: boolean;
  readonly dispatch: (action: BrandKitFormAction) => void;
}

/** The kit's colours, each with its role (editable) and its hex, typed or picked; up to eight. */
export function BrandPalette({ palette, full, dispatch }: BrandPaletteProps) {
  return (
    <fieldset class="brand-palette">
      <legend>Brand colours</legend>
      <ul class="brand-colours">
        {palette.map((colour, index) => {
          const n = index + 1;
          return (
            <li key={index} class="row">
              <input
                type="color"
                class="picker"
                aria-label={`Pick colour ${n}`}
                value={normaliseHex(colour.hex) ?? '#000000'}
                onInput={(e) => dispatch({ type: 'hex', index, hex: e.currentTarget.value })}
              />
              <input
                type="text"
                class="grow"
                aria-label={`Role of colour ${n}`}
                value={colour.role}
                onInput={(e) => dispatch({ type: 'role', index, role: e.currentTarget.value })}
              />
              <input
                type="text"
                class="hex"
                aria-label={`Hex of colour ${n}`}
                spellcheck={false}
                value={colour.hex}
                onInput={(e) => dispatch({ type: 'hex', index, hex: e.currentTarget.value })}
              />
              <IconButton
                id={removeId(index)}
                icon="trash"
                label={`Remove colour ${n} '${colour.role}'`}
                onClick={() => {
                  // Rows are keyed by place: the row below moves into this button; the last row gone, the one above.
                  focusSoon(removeId(index), removeId(index - 1), ADD_ID);
                  dispatch({ type: 'remove-colour', index });
                }}
              />
            </li>
          );
        })}
      </ul>
      <button
        id={ADD_ID}
        type="button"
        class="secondary small"
        aria-disabled={full ? true : undefined}
        onClick={() => {
          if (!full) dispatch({ type: 'add-colour' });
        }}
      >
        Add colour{full ? ' (8 at most)' : ''}
      </button>
    </fieldset>
  );
}

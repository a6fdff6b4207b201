import { SET_ICON_SIZES, type SetIconSize } from '../../core/sets/types';
import { SelectField } from './field';

export interface IconSizeSelectProps {
  readonly label: string;
  readonly value: SetIconSize;
  readonly onSize: (size: SetIconSize) => void;
}

/** The set's icon sizes, one home for the set form and the brand kit: only a listed size ever reaches onSize. */
export function IconSizeSelect({ label, value, onSize }: IconSizeSelectProps) {
  return (
    <SelectField
      label={label}
      value={String(value)}
      onChange={(text) => {
        const size = SET_ICON_SIZES.find((s) => String(s) === text);
        if (size !== undefined) onSize(size);
      }}
    >
      {SET_ICON_SIZES.map((size) => (
        <option key={size} value={String(size)}>
          {size} × {size} px
        </option>
      ))}
    </SelectField>
  );
}

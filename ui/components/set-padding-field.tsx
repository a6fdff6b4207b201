import { NumberField } from './field';

export interface SetPaddingFieldProps {
  readonly label: string;
  readonly value: string;
  /** The padding still follows the icon size (not typed yet): the hint says so. */
  readonly followsSize?: boolean;
  readonly onInput: (text: string) => void;
}

/** A set's padding around each drawing, in half pixels: the Icon set form's and the brand kit's. */
export function SetPaddingField({ label, value, followsSize = false, onInput }: SetPaddingFieldProps) {
  return (
    <NumberField
      label={label}
      min={0}
      step={0.5}
      value={value}
      hint={followsSize ? 'px on each side; follows the icon size' : 'px on each side'}
      onInput={onInput}
    />
  );
}

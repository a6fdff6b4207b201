import { ICON_FRAME_SIZES } from '../../core/tasks/types';
import { iconFrameOf, type FormState } from '../state/form';
import { iconPaddingProblem } from '../state/validation';
import { NumberField, SelectField } from './field';

export interface IconFrameFieldProps {
  readonly form: FormState;
  readonly onSize: (size: string) => void;
  readonly onPadding: (text: string) => void;
}

/** Icon sets need every icon cropped to its drawing and fitted in the same square frame. */
export function IconFrameField({ form, onSize, onPadding }: IconFrameFieldProps) {
  const problem = form.iconSize && !iconFrameOf(form) ? iconPaddingProblem(form.iconSize) : undefined;
  return (
    <>
      <SelectField label="Icon frame" value={form.iconSize} onChange={onSize}>
        <option value="">Keep canvas</option>
        {ICON_FRAME_SIZES.map((size) => (
          <option key={size} value={String(size)}>
            {size} × {size}
          </option>
        ))}
      </SelectField>
      <NumberField
        label="Padding"
        min={0}
        step={1}
        value={form.iconPaddingText}
        disabled={!form.iconSize}
        problem={problem}
        problemAcrossRow
        onInput={onPadding}
      />
    </>
  );
}

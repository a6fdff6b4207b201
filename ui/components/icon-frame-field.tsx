import { ICON_FRAME_SIZES } from '../../core/tasks/types';
import { iconFrameOf, type FormState } from '../state/form';
import { iconPaddingProblem } from '../state/validation';

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
      <div class="field">
        <label class="field-label" for="icon-frame">
          Icon frame
        </label>
        <select id="icon-frame" value={form.iconSize} onChange={(e) => onSize(e.currentTarget.value)}>
          <option value="">Keep canvas</option>
          {ICON_FRAME_SIZES.map((size) => (
            <option key={size} value={String(size)}>
              {size} × {size}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label class="field-label" for="icon-padding">
          Padding
        </label>
        <input
          id="icon-padding"
          type="number"
          min={0}
          step={1}
          value={form.iconPaddingText}
          disabled={!form.iconSize}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'icon-padding-problem' : undefined}
          onInput={(e) => onPadding(e.currentTarget.value)}
        />
      </div>
      {problem && (
        <p id="icon-padding-problem" role="alert" class="error span-2">
          {problem}
        </p>
      )}
    </>
  );
}

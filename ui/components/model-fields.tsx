import { useId } from 'preact/hooks';
import { modelById, type ModelId } from '../../core/models/catalogue';
import { BATCH_MAX, BATCH_MIN, BATCH_RANGE_TEXT } from '../../core/tasks/batch-limit';
import { costSummary } from '../state/cost';
import { batchOf, type FormState } from '../state/form';
import { sizeText } from '../state/size';
import { NumberField, SelectField } from './field';
import { ModelSelect } from './model-select';

export interface ModelFieldsProps {
  readonly form: FormState;
  readonly onModel: (model: ModelId) => void;
  readonly onSize: (size: string) => void;
  readonly onBatch: (text: string) => void;
}

/** Model, Size and Images, with the total cost before anything is spent. */
export function ModelFields({ form, onModel, onSize, onBatch }: ModelFieldsProps) {
  const model = modelById(form.model);
  const batch = batchOf(form);
  const costId = useId();
  return (
    <div class="grid">
      <ModelSelect value={form.model} onModel={onModel} />
      <SelectField label="Size" value={form.size} onChange={onSize}>
        {model.sizes.map((size) => (
          <option key={size} value={size}>
            {sizeText(size)}
          </option>
        ))}
      </SelectField>
      {/* Its problem is the cost line's: with no valid count it gives the range instead of a cost. */}
      <NumberField
        label="Images"
        min={BATCH_MIN}
        max={BATCH_MAX}
        step={1}
        value={form.batchText}
        invalid={batch === undefined}
        describedBy={costId}
        onInput={onBatch}
      />
      <p id={costId} class="hint span-2">
        {batch === undefined ? `Images: ${BATCH_RANGE_TEXT}` : `Cost: ${costSummary(form.model, batch)}`}
      </p>
    </div>
  );
}

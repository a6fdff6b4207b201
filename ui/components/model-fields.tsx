import { modelById, type ModelId } from '../../core/models/catalogue';
import { isModelId } from '../../core/models/catalogue';
import { BATCH_MAX, BATCH_MIN, BATCH_RANGE_TEXT } from '../../core/tasks/batch-limit';
import { costSummary, modelGroups, modelOptionText } from '../state/cost';
import { batchOf, type FormState } from '../state/form';
import { shapeText } from '../state/shape';

export interface ModelFieldsProps {
  readonly form: FormState;
  readonly onModel: (model: ModelId) => void;
  readonly onShape: (shape: string) => void;
  readonly onBatch: (text: string) => void;
}

const GROUPS = modelGroups();

/** Model, Size and Images, with the total cost before anything is spent. */
export function ModelFields({ form, onModel, onShape, onBatch }: ModelFieldsProps) {
  const model = modelById(form.model);
  const batch = batchOf(form);
  return (
    <div class="grid">
      <div class="field span-2">
        <label class="field-label" for="model">
          Model
        </label>
        <select
          id="model"
          value={form.model}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isModelId(value)) onModel(value);
          }}
        >
          {GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.models.map((m) => (
                <option key={m.id} value={m.id}>
                  {modelOptionText(m)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div class="field">
        <label class="field-label" for="size">
          Size
        </label>
        <select id="size" value={form.shape} onChange={(e) => onShape(e.currentTarget.value)}>
          {model.shapes.map((shape) => (
            <option key={shape} value={shape}>
              {shapeText(shape)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label class="field-label" for="images">
          Images
        </label>
        <input
          id="images"
          type="number"
          min={BATCH_MIN}
          max={BATCH_MAX}
          step={1}
          value={form.batchText}
          aria-invalid={batch === undefined ? true : undefined}
          aria-describedby="cost"
          onInput={(e) => onBatch(e.currentTarget.value)}
        />
      </div>
      <p id="cost" class="hint span-2">
        {batch === undefined ? `Images: ${BATCH_RANGE_TEXT}` : `Cost: ${costSummary(form.model, batch)}`}
      </p>
    </div>
  );
}

import { isModelId, type ModelId } from '../../core/models/catalogue';
import { modelGroups, modelOptionText } from '../state/cost';
import { SelectField } from './field';

export interface ModelSelectProps {
  readonly value: ModelId;
  readonly onModel: (model: ModelId) => void;
}

const GROUPS = modelGroups();

/** Every model grouped by what it makes, with its price: the Generate and Icon set forms' Model field. */
export function ModelSelect({ value, onModel }: ModelSelectProps) {
  return (
    <SelectField
      label="Model"
      class="field span-2"
      value={value}
      onChange={(text) => {
        if (isModelId(text)) onModel(text);
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
    </SelectField>
  );
}

import type { SelectionInfo } from '../../core/protocol/messages';
import type { InsertTarget } from '../../core/tasks/types';
import { placementHint } from '../state/target';
import { CheckField } from './field';

export interface PlacementProps {
  readonly selection: SelectionInfo;
  readonly target: InsertTarget;
  /** Offer "Fill the selected shape" (raster model, fillable shape selected). */
  readonly canFill: boolean;
  readonly fill: boolean;
  readonly onFill: (on: boolean) => void;
}

/** Where the result will land, decided from the selection when Generate is pressed. */
export function Placement({ selection, target, canFill, fill, onFill }: PlacementProps) {
  return (
    <div class="placement">
      <p class="hint">{placementHint(target, selection)}</p>
      {canFill && <CheckField label="Fill the selected shape" checked={fill} onChange={onFill} />}
    </div>
  );
}

import type { SelectionInfo } from '../../core/protocol/messages';
import type { OutputKind } from '../../core/models/catalogue';
import type { InsertTarget } from '../../core/tasks/types';

/** Whether "Fill the selected shape" is on offer: raster output and one fillable shape selected. */
export function canFillSelection(selection: SelectionInfo, output: OutputKind): boolean {
  return output === 'raster' && selection.count === 1 && selection.canFill && !!selection.nodeId;
}

/** Where a result goes, fixed when Generate is pressed (the selection may change meanwhile). */
export function insertTargetFor(selection: SelectionInfo, output: OutputKind, fill: boolean): InsertTarget {
  const nodeId = selection.count === 1 ? selection.nodeId : undefined;
  if (nodeId && fill && canFillSelection(selection, output)) return { kind: 'fill', nodeId };
  if (nodeId && selection.canContain) return { kind: 'inside', nodeId };
  return { kind: 'viewport' };
}

/** The sentence under the form that says where the result will land. */
export function placementHint(target: InsertTarget, selection: SelectionInfo): string {
  const name = selection.name?.trim() || 'the selection';
  if (target.kind === 'fill') return `Fills "${name}"`;
  if (target.kind === 'inside') return `Into "${name}"`;
  return 'At the centre of the view';
}

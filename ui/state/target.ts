import type { SelectionInfo } from '../../core/protocol/messages';
import type { InsertTarget } from '../../core/tasks/types';

/** The sentence under the form that says where the result will land. */
export function placementHint(target: InsertTarget, selection: SelectionInfo): string {
  const name = selection.name?.trim() || 'the selection';
  if (target.kind === 'fill') return `Fills "${name}"`;
  if (target.kind === 'inside') return `Into "${name}"`;
  return 'At the centre of the view';
}

/**
 * Where a result goes, decided from the selection: the one rule for
 * Generate (fixed when it is pressed) and History's Insert again (fixed when
 * that is pressed). A selected shape's fill is replaced only when the
 * designer asked for it ("Fill the selected shape"): History offers no such
 * choice, so Insert again never paints over a shape unasked. Checked once
 * more at insertion (plugin/resolve-target.ts): the node may be gone by then.
 */
import type { OutputKind } from '../models/catalogue';
import type { SelectionInfo } from '../protocol/messages';
import type { InsertTarget, ResultPayload } from './types';

/** The model's output, or the result's own kind when it is already at hand (History). */
export type ResultKind = OutputKind | ResultPayload['kind'];

/** Only an image can become a shape's fill; a drawing cannot. */
function isImage(kind: ResultKind): boolean {
  return kind === 'raster' || kind === 'image';
}

/** Whether "Fill the selected shape" can apply: an image result and exactly one fillable shape selected. */
export function canFillSelection(selection: SelectionInfo, kind: ResultKind): boolean {
  return isImage(kind) && selection.count === 1 && selection.canFill && !!selection.nodeId;
}

/**
 * The designer's fill choice first (when it can apply), else inside a
 * selected frame or board, else the centre of the view.
 */
export function insertTargetFor(selection: SelectionInfo, kind: ResultKind, fill: boolean): InsertTarget {
  const nodeId = selection.count === 1 ? selection.nodeId : undefined;
  if (nodeId && fill && canFillSelection(selection, kind)) return { kind: 'fill', nodeId };
  if (nodeId && selection.canContain) return { kind: 'inside', nodeId };
  return { kind: 'viewport' };
}

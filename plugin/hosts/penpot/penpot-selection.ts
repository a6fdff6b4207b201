/** What is selected, what a shape can take, colours, and bringing a shape into view. */
import { normaliseHex } from '../../../core/color/hex';
import type { SelectionInfo } from '../../../core/protocol/messages';
import { META_KEY } from '../../generation-meta';
import { describeSelection } from '../../selection-info';
import type { NodeAbilities } from '../host';
import { abilitiesOf, shapeById } from './penpot-shapes';

export function selectionInfo(): SelectionInfo {
  const selection = penpot.selection;
  const shape = selection.length === 1 ? selection[0] : undefined;
  // Penpot has no relaunch buttons: the UI offers "Regenerate" from the plugin data.
  return describeSelection(
    selection.length,
    shape && {
      id: shape.id,
      name: shape.name,
      abilities: abilitiesOf(shape),
      metaText: shape.getPluginData(META_KEY),
    },
  );
}

export async function findNodeAsync(nodeId: string): Promise<NodeAbilities | undefined> {
  const shape = shapeById(nodeId);
  return shape ? abilitiesOf(shape) : undefined;
}

export async function focusAsync(nodeId: string): Promise<void> {
  const shape = shapeById(nodeId);
  if (!shape) return;
  penpot.selection = [shape];
  // Older Penpot versions lack zoomIntoView.
  if (typeof penpot.viewport.zoomIntoView === 'function') penpot.viewport.zoomIntoView([shape]);
}

/** The file's local library colours (permission library:read), "#rrggbb". */
export async function documentColorsAsync(): Promise<string[]> {
  const colors = new Set<string>();
  for (const { color } of penpot.library.local.colors) {
    const hex = normaliseHex(color);
    if (hex !== undefined) colors.add(hex);
  }
  return [...colors];
}

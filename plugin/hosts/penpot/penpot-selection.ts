/** What is selected, what a shape can take, colours, and bringing a shape into view. */
import type { Shape } from '@penpot/plugin-types';
import type { Swatch } from '../../../core/color/swatch';
import { normaliseHex } from '../../../core/color/hex';
import type { SelectionInfo } from '../../../core/protocol/messages';
import { META_KEY } from '../../generation-meta';
import { describeSelection, type SelectedNode } from '../../selection-info';
import type { NodeAbilities } from '../host';
import { abilitiesOf, iconMetaOf, isBoard, shapeById } from './penpot-shapes';

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
      iconComponent: iconComponentOf(shape),
    },
  );
}

/**
 * The set's component the shape is (or is inside): its main board, which "Regenerate this icon" replaces.
 * A copy (an instance elsewhere) leads to its main; a variant container is no icon of its own.
 */
function iconComponentOf(shape: Shape): SelectedNode['iconComponent'] {
  for (let at: Shape | null = shape; at; at = at.parent) {
    if (!isBoard(at) || at.isVariantContainer() || !at.isComponentRoot()) continue;
    const main = at.isComponentMainInstance() ? at : at.component()?.mainInstance();
    if (main && iconMetaOf(main)) return { id: main.id, metaText: main.getPluginData(META_KEY) };
  }
  return undefined;
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

/** Solid library colours a set can be bound to, named as the library groups them ("Brand/Primary"). */
export async function swatchesAsync(): Promise<Swatch[]> {
  const swatches: Swatch[] = [];
  for (const colour of penpot.library.local.colors) {
    const hex = colour.gradient || colour.image ? undefined : normaliseHex(colour.color ?? '');
    if (hex === undefined) continue;
    const name = [...(colour.path ?? '').split('/'), colour.name]
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .join('/');
    swatches.push({ kind: 'library', id: colour.id, name, hex });
  }
  return swatches;
}

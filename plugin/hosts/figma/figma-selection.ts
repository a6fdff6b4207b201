/** What is selected, what a node can take, and bringing a node into view. */
import type { Prefill, SelectionInfo } from '../../../core/protocol/messages';
import { describeSelection } from '../../selection-info';
import { META_KEY, decodeMeta, prefillFromMeta } from '../../generation-meta';
import { RELAUNCH_COMMAND } from '../../relaunch-command';
import type { NodeAbilities } from '../host';
import { iconMetaOf } from './figma-meta';
import { abilitiesOf, pageOf, sceneNodeAsync } from './figma-nodes';

export function selectionInfo(): SelectionInfo {
  const selection = figma.currentPage.selection;
  const node = selection.length === 1 ? selection[0] : undefined;
  const icon = node && iconComponentOf(node);
  return describeSelection(
    selection.length,
    node && {
      id: node.id,
      name: node.name,
      abilities: abilitiesOf(node),
      metaText: node.getPluginData(META_KEY),
      ...(icon ? { iconComponent: { id: icon.id, metaText: icon.getPluginData(META_KEY) } } : {}),
    },
  );
}

/** The nearest component at or above the node that is a set's icon (a designer clicks into its vectors). */
function iconComponentOf(node: SceneNode): ComponentNode | undefined {
  for (let current: BaseNode | null = node; current && current.type !== 'PAGE'; current = current.parent) {
    if (current.type === 'COMPONENT' && iconMetaOf(current)) return current;
  }
  return undefined;
}

export async function findNodeAsync(nodeId: string): Promise<NodeAbilities | undefined> {
  const node = await sceneNodeAsync(nodeId);
  return node ? abilitiesOf(node) : undefined;
}

export async function focusAsync(nodeId: string): Promise<void> {
  const node = await sceneNodeAsync(nodeId);
  if (!node) return;
  const page = pageOf(node);
  // Compared by id: node wrappers need not be the same object.
  if (page && page.id !== figma.currentPage.id) await figma.setCurrentPageAsync(page);
  figma.currentPage.selection = [node];
  figma.viewport.scrollAndZoomIntoView([node]);
}

/** Opened from a generated node's "Regenerate with Recraft" button: start from its prompt. */
export function launchPrefill(): Prefill | undefined {
  if (figma.command !== RELAUNCH_COMMAND) return undefined;
  const node = figma.currentPage.selection[0];
  const meta = node ? decodeMeta(node.getPluginData(META_KEY)) : undefined;
  return meta && prefillFromMeta(meta);
}

/** The one description of a selection, for both hosts. */
import { EMPTY_SELECTION, type RegenerateOffer, type SelectionInfo } from '../core/protocol/messages';
import { componentName } from '../core/sets/names';
import { regenerateRequest } from '../core/sets/icon-request';
import { regenerateLayerRequest } from '../core/tasks/regenerate-request';
import { toolSourceOfMeta } from '../core/tasks/tool-task';
import { decodeMeta } from './generation-meta';
import type { NodeAbilities } from './hosts/host';

export interface SelectedNode {
  readonly id: string;
  readonly name: string;
  readonly abilities: NodeAbilities;
  /** The node's plugin data under META_KEY ('' when none). */
  readonly metaText: string;
  /**
   * The nearest component at or above the node that carries a set's icon meta (a designer clicks into an
   * icon and selects a vector inside it): what "Regenerate this icon" replaces. Hosts fill it.
   */
  readonly iconComponent?: { readonly id: string; readonly metaText: string };
}

/**
 * A generated result is a frame (Figma) or group that would accept children,
 * but the next icon of a set belongs beside it, not inside it: such a node is
 * offered for Regenerate and fills, never as a container.
 */
export function describeSelection(count: number, node: SelectedNode | undefined): SelectionInfo {
  if (count !== 1 || !node) return { ...EMPTY_SELECTION, count };
  const generated = decodeMeta(node.metaText);
  const icon = selectedIcon(node.iconComponent);
  // One offer for the UI's Regenerate: a set's icon keeps its set's look, any other generated layer its own.
  const regenerate =
    icon ??
    (generated && { nodeId: node.id, name: node.name, request: regenerateLayerRequest(generated, node.id) });
  // Remove background and Upscale replace a generated image's fill in place (a set's icon is no such layer).
  const raster =
    generated && !icon && node.abilities.canFill ? toolSourceOfMeta(generated, node.id) : undefined;
  return {
    count: 1,
    nodeId: node.id,
    name: node.name,
    canContain: node.abilities.canContain && !generated,
    canFill: node.abilities.canFill,
    generated,
    ...(regenerate ? { regenerate } : {}),
    ...(raster ? { raster } : {}),
  };
}

/** A set's icon component (the node, or the one it is in): what Regenerate this icon sends, in place. */
function selectedIcon(component: SelectedNode['iconComponent']): RegenerateOffer | undefined {
  const meta = component && decodeMeta(component.metaText);
  if (!component || !meta?.icon) return undefined;
  const { icon } = meta;
  return {
    nodeId: component.id,
    name: componentName(icon.prefix, icon.subject),
    request: regenerateRequest(meta, icon, component.id),
  };
}

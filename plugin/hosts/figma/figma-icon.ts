/**
 * A set's icons as Figma components: each drawing made a component exactly
 * size × size (createComponentFromNode), named, carrying its meta, bound to
 * the set's colour, and inserted in the set's frame at its list position
 * (the frame's auto layout flows them in children order). A subject's
 * variants are one component set (combineAsVariants) named after the icon,
 * its components `Option=1…N` in order.
 */
import { pluginError } from '../../../core/api/errors';
import type { GenerationMeta } from '../../../core/protocol/messages';
import { comesBefore, sameSubject } from '../../../core/sets/icon-order';
import { variantName } from '../../../core/sets/names';
import type { IconMeta } from '../../../core/sets/types';
import type { IconDrawing, IconPlacement } from '../host';
import { binderAsync, bindDrawingAsync, drawIcon } from './figma-icon-drawing';
import { iconMetaOf, markGenerated } from './figma-meta';
import { sceneNodeAsync } from './figma-nodes';
import { boundSwatch } from '../../../core/sets/icon-request';
import { insertRefused } from '../../../core/errors/placing';

export async function placeIconAsync(
  drawing: IconDrawing,
  placement: IconPlacement,
  meta: GenerationMeta,
): Promise<string> {
  // Looked up before any node exists (see placerAsync).
  const container = await sceneNodeAsync(placement.containerId);
  if (container?.type !== 'FRAME') throw pluginError(insertRefused);
  const bind = await binderAsync(placement.bind);

  const component = figma.createComponentFromNode(drawIcon(drawing, placement.size));
  component.name = placement.variants > 1 ? variantName(placement.variant) : placement.name;
  component.clipsContent = true;
  const iconMeta: GenerationMeta = { ...meta, icon: placement.icon };
  markGenerated(component, iconMeta);
  // In its place before the binding's awaits (paint styles): a sandbox torn down meanwhile leaves no stray.
  insertInSet(container, component, placement, iconMeta);
  if (bind) await bindDrawingAsync(component, bind);
  return component.id;
}

/** At its list position in the container, or in its subject's component set (made with the first variant). */
function insertInSet(
  container: FrameNode,
  component: ComponentNode,
  placement: IconPlacement,
  iconMeta: GenerationMeta,
): void {
  if (placement.variants <= 1) {
    container.insertChild(positionIn(container.children, placement), component);
    return;
  }
  const set = subjectSet(container, placement.icon);
  if (set) {
    set.insertChild(positionIn(set.children, placement), component);
    return;
  }
  const at = positionIn(container.children, placement);
  container.insertChild(at, component);
  const made = figma.combineAsVariants([component], container, at);
  made.name = placement.name;
  // The set's own meta keeps it in list order and marks it as the subject's.
  markGenerated(made, iconMeta);
  made.fills = [];
  made.layoutMode = 'HORIZONTAL';
  made.itemSpacing = placement.size;
  made.primaryAxisSizingMode = 'AUTO';
  made.counterAxisSizingMode = 'AUTO';
}

/** Regenerate this icon: the component's drawing replaced; its id, name, place and instances stay. */
export async function replaceIconAsync(
  componentId: string,
  drawing: IconDrawing,
  icon: IconMeta,
  meta: GenerationMeta,
): Promise<string> {
  const component = await sceneNodeAsync(componentId);
  if (component?.type !== 'COMPONENT') throw pluginError(insertRefused);
  // Bound as when it was placed: one colour mode only.
  const bind = await binderAsync(boundSwatch(icon.colour));
  const frame = drawIcon(drawing, icon.iconSize);
  for (const child of [...component.children]) child.remove();
  // Both are size × size at their own origin: the layers keep their places.
  for (const child of [...frame.children]) component.appendChild(child);
  frame.remove();
  if (component.width !== icon.iconSize || component.height !== icon.iconSize)
    component.resize(icon.iconSize, icon.iconSize);
  markGenerated(component, { ...meta, icon });
  // Last: paint styles are bound with awaits.
  if (bind) await bindDrawingAsync(component, bind);
  return component.id;
}

/** Where the icon goes among the children: after every child that comes before it. */
function positionIn(children: readonly SceneNode[], placement: IconPlacement): number {
  return children.filter((child) => comesBefore(iconMetaOf(child), placement.order, placement.variant))
    .length;
}

/** The subject's component set already in the container, if a variant landed. */
function subjectSet(container: FrameNode, icon: IconMeta): ComponentSetNode | undefined {
  return container.children.find((child): child is ComponentSetNode => {
    return child.type === 'COMPONENT_SET' && sameSubject(iconMetaOf(child), icon);
  });
}

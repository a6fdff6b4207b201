/**
 * A set's icons as Penpot components: each a board of exactly size × size
 * made a component (library.local.createComponent; the board is its main
 * instance), placed in the set's board at its list position. A subject's
 * variants become one variant container (createVariantFromComponents, then
 * Variants.addVariant for the third and later) with the property Option.
 *
 * The set's board has a flex layout: insertChild's index (Penpot's default
 * child ordering) is the position in the flow, so an icon goes after every
 * icon of an earlier subject, whatever order they finish in.
 */
import type { Board, LibraryComponent, Shape, VariantContainer } from '@penpot/plugin-types';
import { pluginError } from '../../../core/api/errors';
import type { GenerationMeta } from '../../../core/protocol/messages';
import { comesBefore, sameSubject } from '../../../core/sets/icon-order';
import { variantName } from '../../../core/sets/names';
import type { IconMeta } from '../../../core/sets/types';
import type { IconDrawing, IconPlacement } from '../host';
import { drawInto, readyDrawingAsync, type ReadyDrawing } from './penpot-icon-drawing';
import { iconMetaOf, isBoard, markGenerated, shapeById } from './penpot-shapes';
import { boundSwatch } from '../../../core/sets/icon-request';
import { insertRefused } from '../../../core/errors/placing';

/** The variant property a subject's variants differ by, and a variant's value: `Option=n` split. */
function variantProperty(variant: number): { readonly name: string; readonly value: string } {
  const [name = '', value = ''] = variantName(variant).split('=');
  return { name, value };
}

export async function placeIconAsync(
  drawing: IconDrawing,
  placement: IconPlacement,
  meta: GenerationMeta,
): Promise<string> {
  const ready = await readyDrawingAsync(drawing, placement.name);
  const container = shapeById(placement.containerId);
  if (!isBoard(container)) throw pluginError(insertRefused);
  const iconMeta: GenerationMeta = { ...meta, icon: placement.icon };
  const sibling = placement.variants > 1 ? subjectShape(container, placement.icon) : undefined;
  if (sibling && isVariantContainer(sibling)) return addVariant(sibling, ready, placement, iconMeta);

  const board = penpot.createBoard();
  board.name = placement.name;
  board.resize(placement.size, placement.size);
  board.fills = [];
  drawInto(board, ready, placement.bind);
  markGenerated(board, iconMeta);
  const main = mainBoard(penpot.library.local.createComponent([board]), board);
  // Penpot may show a main by its component's name alone ("home"): named again, the path stays in both.
  main.name = placement.name;
  // Beside its subject's first variant, if one landed: two sibling mains, combined as a designer would.
  container.insertChild(positionIn(container, placement.icon.index), main);
  if (sibling && isBoard(sibling)) combine(container, [sibling, main], placement, iconMeta);
  return main.id;
}

/** Regenerate this icon: the main board's drawing replaced; its id, name, place and instances stay. */
export async function replaceIconAsync(
  componentId: string,
  drawing: IconDrawing,
  icon: IconMeta,
  meta: GenerationMeta,
): Promise<string> {
  const ready = await readyDrawingAsync(drawing, shapeById(componentId)?.name ?? icon.subject);
  // Looked up again after the upload: the designer may have deleted it meanwhile.
  const board = shapeById(componentId);
  if (!isBoard(board)) throw pluginError(insertRefused);
  for (const child of board.children) child.remove();
  // Bound as when it was placed: one colour mode only.
  drawInto(board, ready, boundSwatch(icon.colour));
  markGenerated(board, { ...meta, icon });
  return board.id;
}

/** How many of the container's icons come before subject `index` in the list. */
function positionIn(container: Board, index: number): number {
  return container.children.filter((child) => comesBefore(iconMetaOf(child), index)).length;
}

/** The subject's component (or variant container) already in the set, if one landed. */
function subjectShape(container: Board, icon: IconMeta): Shape | undefined {
  return container.children.find((child) => sameSubject(iconMetaOf(child), icon));
}

function isVariantContainer(shape: Shape): shape is VariantContainer {
  return isBoard(shape) && shape.isVariantContainer();
}

/** The component's main instance: the board itself in Penpot (same id), re-read in case it was replaced. */
function mainBoard(component: LibraryComponent, board: Board): Board {
  const main = component.mainInstance();
  return isBoard(main) ? main : board;
}

/** The subject's first two variants become one variant container where the first was, Option=1…N. */
function combine(container: Board, mains: Board[], placement: IconPlacement, meta: GenerationMeta): void {
  const ordered = [...mains].sort((a, b) => variantOf(a) - variantOf(b));
  // Both icons already landed as components: when Penpot refuses (it answers nothing, or an editor without
  // variants throws), they stay as they are rather than the second being reported as lost.
  const variants = variantContainerOf(ordered);
  if (!variants) return;
  variants.name = placement.name;
  variants.fills = [];
  // The container's own meta keeps it in list order among the set's icons.
  markGenerated(variants, meta);
  if (variants.parent?.id !== container.id) {
    container.insertChild(positionIn(container, placement.icon.index), variants);
  }
  // Its variants side by side, one icon apart, the container hugging them (as the Figma component set).
  const flex = variants.flex ?? variants.addFlexLayout();
  flex.dir = 'row';
  flex.wrap = 'nowrap';
  flex.columnGap = placement.size;
  flex.horizontalSizing = 'auto';
  flex.verticalSizing = 'auto';
  labelVariants(variants);
}

function variantContainerOf(mains: Board[]): VariantContainer | undefined {
  try {
    return penpot.createVariantFromComponents(mains) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A later variant: a copy of the container's main variant, its drawing replaced by this one. */
function addVariant(
  variants: VariantContainer,
  ready: ReadyDrawing,
  placement: IconPlacement,
  meta: GenerationMeta,
): string {
  const all = variants.variants;
  if (!all) throw pluginError(insertRefused);
  const before = new Set(all.variantComponents().map((c) => c.id));
  all.addVariant();
  const added = all.variantComponents().find((c) => !before.has(c.id));
  const main = added?.mainInstance();
  if (!isBoard(main)) throw pluginError(insertRefused);
  for (const child of main.children) child.remove();
  drawInto(main, ready, placement.bind);
  markGenerated(main, meta);
  labelVariants(variants);
  return main.id;
}

/** Option = the variant's number, read from each main's own meta. */
function labelVariants(variants: VariantContainer): void {
  const all = variants.variants;
  if (!all) return;
  const { name } = variantProperty(1);
  if (all.properties[0] !== name) all.renameProperty(0, name);
  for (const component of all.variantComponents()) {
    const variant = variantOf(component.mainInstance());
    if (component.isVariant()) component.setVariantProperty(0, variantProperty(variant).value);
  }
}

function variantOf(shape: Shape): number {
  return iconMetaOf(shape)?.variant ?? 0;
}

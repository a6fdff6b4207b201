/**
 * A set icon's drawing in Figma: the SVG imported as a frame whose layers are
 * flattened into one vector per paint (the shapes of each colour, stroked or
 * filled alike, become one layer), or an image in a frame; then every fill
 * and stroke bound to the set's document colour when it has one.
 */
import { pluginError } from '../../../core/api/errors';
import type { Swatch } from '../../../core/color/swatch';
import type { IconDrawing } from '../host';
import { imageFill } from './figma-insert';
import { hostSvgUnreadable } from '../../../core/errors/placing';

type Painted = SceneNode & MinimalFillsMixin & MinimalStrokesMixin;
/** Binds a node's fills and strokes to the swatch; made before any node exists (see placerAsync). */
export type Binder = (node: Painted) => Promise<void>;

export function drawIcon(drawing: IconDrawing, size: number): FrameNode {
  const frame = drawing.kind === 'svg' ? importSvg(drawing.svg) : imageFrame(drawing, size);
  if (frame.width !== size || frame.height !== size) frame.resize(size, size);
  frame.fills = [];
  return frame;
}

function importSvg(svg: string): FrameNode {
  let frame: FrameNode;
  try {
    frame = figma.createNodeFromSvg(svg);
  } catch {
    throw pluginError(hostSvgUnreadable, 'Figma');
  }
  flattenByPaint(frame);
  return frame;
}

function imageFrame(image: IconDrawing & { kind: 'image' }, size: number): FrameNode {
  const fill = { ...imageFill(image), scaleMode: 'FIT' as const };
  const frame = figma.createFrame();
  frame.resize(size, size);
  const rect = figma.createRectangle();
  rect.resize(size, size);
  rect.fills = [fill];
  rect.name = 'Image';
  frame.appendChild(rect);
  return frame;
}

/**
 * One vector per paint, in the order the paints first appear (so what was drawn on top stays on top); layers
 * that paint nothing are dropped.
 */
function flattenByPaint(frame: FrameNode): void {
  const groups = new Map<string, SceneNode[]>();
  for (const leaf of frame.findAll((node) => !('children' in node))) {
    const key = paintKey(leaf);
    if (key === NO_PAINT) leaf.remove();
    else groups.set(key, [...(groups.get(key) ?? []), leaf]);
  }
  for (const leaves of groups.values()) figma.flatten(leaves, frame);
}

/** The key of a layer with neither fills nor strokes. */
const NO_PAINT = JSON.stringify([[], []]);

/** Layers that look the same once flattened together: their fills, strokes and stroke weight. */
function paintKey(node: SceneNode): string {
  const fills = 'fills' in node && Array.isArray(node.fills) ? node.fills : [];
  const strokes = 'strokes' in node ? node.strokes : [];
  const weight = 'strokeWeight' in node && typeof node.strokeWeight === 'number' ? node.strokeWeight : 0;
  const brief = (paints: readonly Paint[]) =>
    paints.map((p) => (p.type === 'SOLID' ? [p.color.r, p.color.g, p.color.b, p.opacity ?? 1] : p.type));
  return JSON.stringify([brief(fills), strokes.length > 0 ? [brief(strokes), weight] : []]);
}

/** Every layer with paints in the drawing, bound (at once: as few awaits as there can be). */
export async function bindDrawingAsync(frame: FrameNode | ComponentNode, bind: Binder): Promise<void> {
  const painted = frame.findAll((n) => 'fills' in n && 'strokes' in n) as Painted[];
  await Promise.all(painted.map(bind));
}

/**
 * How fills and strokes get bound to the swatch: a variable on each solid paint, or the paint style on the
 * node. A swatch that is gone (deleted since the set started) binds nothing: the drawing keeps its colour.
 */
export async function binderAsync(swatch: Swatch | undefined): Promise<Binder | undefined> {
  if (swatch?.kind === 'variable') {
    const variable = await figma.variables.getVariableByIdAsync(swatch.id);
    if (!variable || variable.resolvedType !== 'COLOR') return undefined;
    const bound = (paints: readonly Paint[]) =>
      paints.map((p) =>
        p.type === 'SOLID' ? figma.variables.setBoundVariableForPaint(p, 'color', variable) : p,
      );
    return async (node) => {
      if (Array.isArray(node.fills)) node.fills = bound(node.fills);
      node.strokes = bound(node.strokes);
    };
  }
  if (swatch?.kind === 'style') {
    const style = await figma.getStyleByIdAsync(swatch.id);
    if (style?.type !== 'PAINT') return undefined;
    return async (node) => {
      if (Array.isArray(node.fills) && node.fills.length > 0) await node.setFillStyleIdAsync(style.id);
      if (node.strokes.length > 0) await node.setStrokeStyleIdAsync(style.id);
    };
  }
  return undefined;
}

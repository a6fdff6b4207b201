/**
 * A set's icon drawn into its component board: the SVG imported
 * (createShapeFromSvg), each colour's shapes flattened into one path
 * (penpot.group, then penpot.flatten, which makes a group one path in its
 * first shape's style), the drawing centred in the board, then its paths
 * moved out of the import's wrapper groups into the board itself (board ›
 * one path per colour, as a design system's icon reads), its paints bound to
 * a library colour when the set asks. An image drawing is one rectangle.
 */
import type { Board, Fill, Group, Shape, Stroke } from '@penpot/plugin-types';
import { pluginError } from '../../../core/api/errors';
import type { Swatch } from '../../../core/color/swatch';
import type { IconDrawing } from '../host';
import { imageFillAsync } from './penpot-insert';
import { hostSvgUnreadable } from '../../../core/errors/placing';

/** An icon's drawing once everything asynchronous (an image's upload) is done: shapes are made after it. */
export type ReadyDrawing =
  { readonly kind: 'svg'; readonly svg: string } | { readonly kind: 'image'; readonly fill: Fill };

export async function readyDrawingAsync(drawing: IconDrawing, name: string): Promise<ReadyDrawing> {
  if (drawing.kind === 'svg') return drawing;
  return { kind: 'image', fill: await imageFillAsync(drawing, name) };
}

/** Draws into `board` (size × size, emptied by the caller). Synchronous: nothing awaits between shapes. */
export function drawInto(board: Board, drawing: ReadyDrawing, bind?: Swatch): void {
  if (drawing.kind === 'svg') {
    const root = svgDrawing(drawing.svg);
    centreIn(board, root);
    unwrapInto(board, root);
  } else {
    centreIn(board, imageDrawing(board, drawing.fill));
  }
  if (bind) bindPaints(board, bind);
}

function centreIn(board: Board, shape: Shape): void {
  board.appendChild(shape);
  shape.x = board.x + Math.round((board.width - shape.width) / 2);
  shape.y = board.y + Math.round((board.height - shape.height) / 2);
}

/**
 * The drawing's paths moved from the import's groups into the board, in paint order (the board's first child
 * is the bottom layer), where they are on the canvas; then the emptied groups go. Penpot's appendChild (default
 * child ordering) relocates a shape to index 0 of its new parent's shapes, the bottom, keeping its canvas
 * position (a relocation changes the parent, never the geometry); so the topmost path goes first. Penpot itself
 * deletes a group that a relocation leaves empty: whatever wrapper is still in the board is removed here.
 */
function unwrapInto(board: Board, drawing: Group): void {
  const paths = leavesOf(drawing);
  for (const path of [...paths].reverse()) board.appendChild(path);
  const moved = new Set(paths.map((p) => p.id));
  for (const child of board.children) if (!moved.has(child.id)) child.remove();
}

function imageDrawing(board: Board, fill: Fill): Shape {
  const rect = penpot.createRectangle();
  rect.resize(board.width, board.height);
  rect.fills = [fill];
  return rect;
}

/** The imported group, its leaves flattened to one path per colour (in the order the colours first appear). */
function svgDrawing(svg: string): Group {
  const root = penpot.createShapeFromSvg(svg);
  if (!root) throw pluginError(hostSvgUnreadable, 'Penpot');
  const byColour = new Map<string, Shape[]>();
  for (const leaf of leavesOf(root)) {
    const key = colourKey(leaf);
    byColour.set(key, [...(byColour.get(key) ?? []), leaf]);
  }
  for (const shapes of byColour.values()) flattenOne(shapes);
  return root;
}

function flattenOne(shapes: Shape[]): void {
  const [only] = shapes;
  if (shapes.length === 1 && only?.type === 'path') return;
  const target = shapes.length === 1 ? only : penpot.group(shapes);
  if (target) penpot.flatten([target]);
}

function leavesOf(shape: Shape): Shape[] {
  if (shape.type === 'group' || shape.type === 'boolean' || shape.type === 'board') {
    return shape.children.flatMap(leavesOf);
  }
  return [shape];
}

/** What a leaf paints: its solid fill and stroke colours (gradients and images keep a key of their own). */
function colourKey(shape: Shape): string {
  const fills = Array.isArray(shape.fills) ? shape.fills : [];
  const fill = fills.map((f) => f.fillColor ?? (f.fillImage ? `image:${f.fillImage.id}` : 'other'));
  const stroke = shape.strokes.map((s) => `${s.strokeColor ?? 'other'}/${s.strokeWidth ?? 1}`);
  return `${fill.join(',')}|${stroke.join(',')}`;
}

/** Every fill and stroke under `shape` takes the library colour, as a reference (recoloured with it). */
function bindPaints(shape: Shape, bind: Swatch): void {
  const colour = penpot.library.local.colors.find((c) => c.id === bind.id);
  // Deleted since the set started: the drawing keeps the colour it was recoloured to.
  if (!colour) return;
  const fill = colour.asFill();
  const stroke = colour.asStroke();
  for (const leaf of leavesOf(shape)) {
    const fills = Array.isArray(leaf.fills) ? leaf.fills : [];
    if (fills.some((f) => f.fillColor !== undefined)) leaf.fills = [fill];
    if (leaf.strokes.length > 0) leaf.strokes = leaf.strokes.map((s) => boundStroke(s, stroke));
  }
}

/** The stroke keeps its width, caps and alignment; only its colour becomes the reference. */
function boundStroke(own: Stroke, ref: Stroke): Stroke {
  const { strokeColor, strokeOpacity, strokeColorRefId, strokeColorRefFile } = ref;
  return { ...own, strokeColor, strokeOpacity, strokeColorRefId, strokeColorRefFile };
}

/**
 * Auto layout, host-neutral (Figma's auto layout, Penpot's flex layout): a
 * node with a layout places its children in order, left to right (or top to
 * bottom), wrapping to a new row when the next child would cross the right
 * padding, and hugs its content on the axes marked so. The node re-runs it
 * whenever a child is added, removed, moved or resized (SceneNode.relayout).
 */
import type { SnapshotLayout } from '../api-types';

/** The scene's layout is the one its snapshot reports: one shape, kept in api-types. */
export type AutoLayout = SnapshotLayout;

export interface Arranged {
  readonly positions: readonly { readonly x: number; readonly y: number }[];
  readonly width: number;
  readonly height: number;
}

interface Size {
  readonly width: number;
  readonly height: number;
}

/** Where each child goes, and the container's size after hugging. Pure: tested on its own. */
export function arrange(layout: AutoLayout, container: Size, children: readonly Size[]): Arranged {
  return layout.direction === 'row'
    ? arrangeRow(layout, container, children)
    : arrangeColumn(layout, container, children);
}

function arrangeRow(layout: AutoLayout, container: Size, children: readonly Size[]): Arranged {
  const { padding, gap, rowGap } = layout;
  const wraps = layout.wrap && !layout.hugWidth;
  const right = container.width - padding.right;
  const positions: { x: number; y: number }[] = [];
  let x = padding.left;
  let y = padding.top;
  let rowHeight = 0;
  let widest = 0;
  children.forEach((child, i) => {
    if (wraps && i > 0 && x > padding.left && x + child.width > right + 1e-6) {
      x = padding.left;
      y += rowHeight + rowGap;
      rowHeight = 0;
    }
    positions.push({ x, y });
    widest = Math.max(widest, x + child.width);
    x += child.width + gap;
    rowHeight = Math.max(rowHeight, child.height);
  });
  const contentBottom = children.length === 0 ? padding.top : y + rowHeight;
  const contentRight = children.length === 0 ? padding.left : widest;
  return {
    positions,
    width: layout.hugWidth ? hug(contentRight + padding.right, layout.minWidth) : container.width,
    height: layout.hugHeight ? hug(contentBottom + padding.bottom, layout.minHeight) : container.height,
  };
}

function hug(content: number, min = 0): number {
  return Math.max(0.01, min, content);
}

function arrangeColumn(layout: AutoLayout, container: Size, children: readonly Size[]): Arranged {
  const { padding, gap } = layout;
  const positions: { x: number; y: number }[] = [];
  let y = padding.top;
  let widest = padding.left;
  for (const child of children) {
    positions.push({ x: padding.left, y });
    y += child.height + gap;
    widest = Math.max(widest, padding.left + child.width);
  }
  const bottom = children.length === 0 ? padding.top : y - gap;
  return {
    positions,
    width: layout.hugWidth ? hug(widest + padding.right, layout.minWidth) : container.width,
    height: layout.hugHeight ? hug(bottom + padding.bottom, layout.minHeight) : container.height,
  };
}

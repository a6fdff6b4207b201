/** An axis-aligned bounding box; empty while minX > maxX. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function emptyBox(): Box {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

export function isEmptyBox(box: Box): boolean {
  return !(box.minX <= box.maxX && box.minY <= box.maxY);
}

export function addPoint(box: Box, x: number, y: number): void {
  if (x < box.minX) box.minX = x;
  if (x > box.maxX) box.maxX = x;
  if (y < box.minY) box.minY = y;
  if (y > box.maxY) box.maxY = y;
}

export function addBox(box: Box, other: Box): void {
  if (isEmptyBox(other)) return;
  addPoint(box, other.minX, other.minY);
  addPoint(box, other.maxX, other.maxY);
}

export function intersectBox(box: Box, other: Box): Box {
  return {
    minX: Math.max(box.minX, other.minX),
    minY: Math.max(box.minY, other.minY),
    maxX: Math.min(box.maxX, other.maxX),
    maxY: Math.min(box.maxY, other.maxY),
  };
}

/** Grows a non-empty box by `margin` on every side. */
export function inflateBox(box: Box, margin: number): void {
  if (isEmptyBox(box) || !(margin > 0)) return;
  box.minX -= margin;
  box.minY -= margin;
  box.maxX += margin;
  box.maxY += margin;
}

/** Whether two boxes are apart (not even touching). */
export function boxesApart(a: Box, b: Box): boolean {
  return a.maxX < b.minX || b.maxX < a.minX || a.maxY < b.minY || b.maxY < a.minY;
}

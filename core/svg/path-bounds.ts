import { addPoint, emptyBox, type Box } from './box';
import type { Matrix } from './matrix';
import type { PathData } from './path-data';
import { walkPath } from './path-walk';

/** Extremes of one coordinate of a cubic Bézier on 0 < t < 1 (roots of its derivative). */
function cubicExtremes(p0: number, p1: number, p2: number, p3: number, out: number[]): void {
  const a = -p0 + 3 * p1 - 3 * p2 + p3;
  const b = 2 * (p0 - 2 * p1 + p2);
  const c = p1 - p0;
  if (Math.abs(a) < 1e-12) {
    if (Math.abs(b) > 1e-12) out.push(-c / b);
    return;
  }
  const disc = b * b - 4 * a * c;
  if (disc < 0) return;
  const root = Math.sqrt(disc);
  out.push((-b + root) / (2 * a), (-b - root) / (2 * a));
}

function cubicAt(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

/**
 * Exact bounds of a path's drawn segments after `m` (Béziers are affine
 * invariant, so control points are transformed first and extremes found
 * after). A lone moveto draws nothing and adds nothing.
 */
export function pathBounds(data: PathData, m: Matrix, box: Box = emptyBox()): Box {
  const tx = (x: number, y: number): number => m[0] * x + m[2] * y + m[4];
  const ty = (x: number, y: number): number => m[1] * x + m[3] * y + m[5];
  const ts: number[] = [];
  const cubic = (
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    x: number,
    y: number,
  ) => {
    const [X0, Y0, X1, Y1] = [tx(x0, y0), ty(x0, y0), tx(x1, y1), ty(x1, y1)];
    const [X2, Y2, X3, Y3] = [tx(x2, y2), ty(x2, y2), tx(x, y), ty(x, y)];
    addPoint(box, X0, Y0);
    addPoint(box, X3, Y3);
    ts.length = 0;
    cubicExtremes(X0, X1, X2, X3, ts);
    cubicExtremes(Y0, Y1, Y2, Y3, ts);
    for (const t of ts) {
      if (t > 0 && t < 1) addPoint(box, cubicAt(X0, X1, X2, X3, t), cubicAt(Y0, Y1, Y2, Y3, t));
    }
  };
  walkPath(data, {
    line(x0, y0, x, y) {
      addPoint(box, tx(x0, y0), ty(x0, y0));
      addPoint(box, tx(x, y), ty(x, y));
    },
    cubic,
    quad(x0, y0, x1, y1, x, y) {
      // Degree elevation: the same curve as a cubic.
      cubic(
        x0,
        y0,
        x0 + (2 / 3) * (x1 - x0),
        y0 + (2 / 3) * (y1 - y0),
        x + (2 / 3) * (x1 - x),
        y + (2 / 3) * (y1 - y),
        x,
        y,
      );
    },
  });
  return box;
}

import { addPoint, emptyBox, type Box } from './box';
import type { Matrix } from './matrix';
import type { OutlineSample } from './outline-sample';
import type { PathData } from './path-data';
import { walkPath, type SegmentSink } from './path-walk';

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
 * after). A lone moveto draws nothing and adds nothing. With `outline`,
 * the segments' ends and three points inside each curve are sampled too.
 */
export function pathBounds(data: PathData, m: Matrix, box: Box = emptyBox(), outline?: OutlineSample): Box {
  walkPath(data, new BoundsSink(m, box, outline));
  return box;
}

/** Inner points of a curve sampled for the outline: a quarter circle's middle is its farthest reach. */
const CURVE_SAMPLES = [0.25, 0.5, 0.75];

class BoundsSink implements SegmentSink {
  private readonly roots: number[] = [];

  constructor(
    private readonly m: Matrix,
    private readonly box: Box,
    private readonly outline: OutlineSample | undefined,
  ) {}

  private tx(x: number, y: number): number {
    return this.m[0] * x + this.m[2] * y + this.m[4];
  }

  private ty(x: number, y: number): number {
    return this.m[1] * x + this.m[3] * y + this.m[5];
  }

  line(x0: number, y0: number, x: number, y: number): void {
    addPoint(this.box, this.tx(x0, y0), this.ty(x0, y0));
    addPoint(this.box, this.tx(x, y), this.ty(x, y));
    if (this.outline) {
      this.outline.add(this.tx(x0, y0), this.ty(x0, y0));
      this.outline.add(this.tx(x, y), this.ty(x, y));
    }
  }

  quad(x0: number, y0: number, x1: number, y1: number, x: number, y: number): void {
    // Degree elevation: the same curve as a cubic.
    const c1x = x0 + (2 / 3) * (x1 - x0);
    const c1y = y0 + (2 / 3) * (y1 - y0);
    this.cubic(x0, y0, c1x, c1y, x + (2 / 3) * (x1 - x), y + (2 / 3) * (y1 - y), x, y);
  }

  cubic(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    const X0 = this.tx(x0, y0);
    const Y0 = this.ty(x0, y0);
    const X1 = this.tx(x1, y1);
    const Y1 = this.ty(x1, y1);
    const X2 = this.tx(x2, y2);
    const Y2 = this.ty(x2, y2);
    const X3 = this.tx(x, y);
    const Y3 = this.ty(x, y);
    addPoint(this.box, X0, Y0);
    addPoint(this.box, X3, Y3);
    if (this.outline) this.sampleCurve(X0, Y0, X1, Y1, X2, Y2, X3, Y3, this.outline);
    // Control points inside the box already cannot push the curve out of it.
    const { box } = this;
    if (
      Math.min(X1, X2) >= box.minX &&
      Math.max(X1, X2) <= box.maxX &&
      Math.min(Y1, Y2) >= box.minY &&
      Math.max(Y1, Y2) <= box.maxY
    ) {
      return;
    }
    const ts = this.roots;
    ts.length = 0;
    cubicExtremes(X0, X1, X2, X3, ts);
    cubicExtremes(Y0, Y1, Y2, Y3, ts);
    for (const t of ts) {
      if (t > 0 && t < 1) addPoint(box, cubicAt(X0, X1, X2, X3, t), cubicAt(Y0, Y1, Y2, Y3, t));
    }
  }

  private sampleCurve(
    X0: number,
    Y0: number,
    X1: number,
    Y1: number,
    X2: number,
    Y2: number,
    X3: number,
    Y3: number,
    outline: OutlineSample,
  ): void {
    outline.add(X0, Y0);
    for (const t of CURVE_SAMPLES) outline.add(cubicAt(X0, X1, X2, X3, t), cubicAt(Y0, Y1, Y2, Y3, t));
    outline.add(X3, Y3);
  }
}

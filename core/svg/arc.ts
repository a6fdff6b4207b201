import type { SegmentSink } from './path-walk';

/** An arc's radii and x-axis rotation (degrees), as written. */
export interface ArcShape {
  readonly rx: number;
  readonly ry: number;
  readonly angle: number;
}

interface Ellipse {
  readonly cx: number;
  readonly cy: number;
  readonly rx: number;
  readonly ry: number;
  readonly cos: number;
  readonly sin: number;
  /** Start angle and sweep, radians, on the unit circle before scaling and rotation. */
  readonly theta: number;
  readonly delta: number;
}

/** SVG arc (endpoint form) as cubics of at most 90° each. */
export function arcToCubics(
  x0: number,
  y0: number,
  shape: ArcShape,
  large: boolean,
  sweep: boolean,
  x: number,
  y: number,
  sink: SegmentSink,
): void {
  if (x0 === x && y0 === y) return;
  if (shape.rx === 0 || shape.ry === 0) return sink.line(x0, y0, x, y);
  const e = centreForm(x0, y0, shape, large, sweep, x, y);
  const segments = Math.max(1, Math.ceil(Math.abs(e.delta) / (Math.PI / 2) - 1e-9));
  const step = e.delta / segments;
  const t = (4 / 3) * Math.tan(step / 4);
  const mapX = (ux: number, uy: number): number => e.cx + e.rx * ux * e.cos - e.ry * uy * e.sin;
  const mapY = (ux: number, uy: number): number => e.cy + e.rx * ux * e.sin + e.ry * uy * e.cos;
  let px = x0;
  let py = y0;
  for (let i = 0; i < segments; i++) {
    const a = e.theta + i * step;
    const b = a + step;
    const ca = Math.cos(a);
    const sa = Math.sin(a);
    const cb = Math.cos(b);
    const sb = Math.sin(b);
    const last = i === segments - 1;
    const ex = last ? x : mapX(cb, sb);
    const ey = last ? y : mapY(cb, sb);
    const [c1x, c1y] = [ca - t * sa, sa + t * ca];
    const [c2x, c2y] = [cb + t * sb, sb - t * cb];
    sink.cubic(px, py, mapX(c1x, c1y), mapY(c1x, c1y), mapX(c2x, c2y), mapY(c2x, c2y), ex, ey);
    px = ex;
    py = ey;
  }
}

/** Endpoint to centre parameterisation (SVG 1.1 implementation notes, F.6.5 and F.6.6). */
function centreForm(
  x0: number,
  y0: number,
  shape: ArcShape,
  large: boolean,
  sweep: boolean,
  x: number,
  y: number,
): Ellipse {
  let rx = Math.abs(shape.rx);
  let ry = Math.abs(shape.ry);
  const phi = (shape.angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x0 - x) / 2;
  const dy = (y0 - y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  // Radii too small to join the endpoints are scaled up, as renderers do.
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const coef = (large !== sweep ? 1 : -1) * Math.sqrt(Math.max(0, num / den));
  const cxp = (coef * rx * y1) / ry;
  const cyp = (-coef * ry * x1) / rx;
  const theta = Math.atan2((y1 - cyp) / ry, (x1 - cxp) / rx);
  let delta = Math.atan2((-y1 - cyp) / ry, (-x1 - cxp) / rx) - theta;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  const cx = cos * cxp - sin * cyp + (x0 + x) / 2;
  const cy = sin * cxp + cos * cyp + (y0 + y) / 2;
  return { cx, cy, rx, ry, cos, sin, theta, delta };
}

import type { SegmentSink } from './path-walk';

/** SVG arc (endpoint form) as cubics of at most 90° each (SVG 1.1, F.6.5). */
export function arcToCubics(
  x0: number,
  y0: number,
  rxIn: number,
  ryIn: number,
  angle: number,
  large: boolean,
  sweep: boolean,
  x: number,
  y: number,
  sink: SegmentSink,
): void {
  if (x0 === x && y0 === y) return;
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0) return sink.line(x0, y0, x, y);
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x0 - x) / 2;
  const dy = (y0 - y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
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
  const cx = cos * cxp - sin * cyp + (x0 + x) / 2;
  const cy = sin * cxp + cos * cyp + (y0 + y) / 2;
  const theta = Math.atan2((y1 - cyp) / ry, (x1 - cxp) / rx);
  let delta = Math.atan2((-y1 - cyp) / ry, (-x1 - cxp) / rx) - theta;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  const segments = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / segments;
  const t = (4 / 3) * Math.tan(step / 4);
  const mapX = (ux: number, uy: number): number => cx + rx * ux * cos - ry * uy * sin;
  const mapY = (ux: number, uy: number): number => cy + rx * ux * sin + ry * uy * cos;
  let px = x0;
  let py = y0;
  for (let i = 0; i < segments; i++) {
    const a = theta + i * step;
    const b = a + step;
    const [ca, sa, cb, sb] = [Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b)];
    const last = i === segments - 1;
    const ex = last ? x : mapX(cb, sb);
    const ey = last ? y : mapY(cb, sb);
    sink.cubic(
      px,
      py,
      mapX(ca - t * sa, sa + t * ca),
      mapY(ca - t * sa, sa + t * ca),
      mapX(cb + t * sb, sb - t * cb),
      mapY(cb + t * sb, sb - t * cb),
      ex,
      ey,
    );
    px = ex;
    py = ey;
  }
}

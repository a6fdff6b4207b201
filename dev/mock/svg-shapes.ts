/** SVG element builders for the mock's artwork; numbers rounded to one decimal as vectorisers do. */
import { toHex, type Rgb } from './palette';
import type { Random } from './seed';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const num = (value: number): string => String(Math.round(value * 10) / 10);

const fill = (colour: Rgb, opacity?: number): string =>
  `fill="${toHex(colour)}"` + (opacity === undefined ? '' : ` fill-opacity="${num(opacity)}"`);

export function rect(x: number, y: number, width: number, height: number, colour: Rgb, radius = 0): string {
  const corner = radius > 0 ? ` rx="${num(radius)}"` : '';
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}"${corner} ${fill(colour)}/>`;
}

export function circle(centre: Point, radius: number, colour: Rgb, opacity?: number): string {
  return `<circle cx="${num(centre.x)}" cy="${num(centre.y)}" r="${num(radius)}" ${fill(colour, opacity)}/>`;
}

export function ring(centre: Point, radius: number, colour: Rgb, width: number): string {
  return (
    `<circle cx="${num(centre.x)}" cy="${num(centre.y)}" r="${num(radius)}" fill="none" ` +
    `stroke="${toHex(colour)}" stroke-width="${num(width)}"/>`
  );
}

export function polygon(points: readonly Point[], colour: Rgb, opacity?: number): string {
  const list = points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
  return `<polygon points="${list}" ${fill(colour, opacity)}/>`;
}

export function path(d: string, colour: Rgb, opacity?: number): string {
  return `<path d="${d}" ${fill(colour, opacity)}/>`;
}

export function strokePath(d: string, colour: Rgb, width: number): string {
  return `<path d="${d}" fill="none" stroke="${toHex(colour)}" stroke-width="${num(width)}" stroke-linecap="round"/>`;
}

/** Points of a star (or, with inner === outer, a regular polygon). */
export function starPoints(
  centre: Point,
  outer: number,
  inner: number,
  tips: number,
  rotation = -Math.PI / 2,
): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < tips * 2; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = rotation + (i * Math.PI) / tips;
    points.push({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  }
  return points;
}

/** A smooth closed curve through jittered points on a circle (Catmull-Rom turned into cubic Béziers). */
export function blobPath(centre: Point, radius: number, random: Random, lobes = 6, jitter = 0.3): string {
  const points: Point[] = [];
  for (let i = 0; i < lobes; i++) {
    const angle = (i / lobes) * Math.PI * 2;
    const r = radius * (1 - jitter / 2 + random.next() * jitter);
    points.push({ x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  }
  const at = (i: number): Point => points[(i + points.length) % points.length]!;
  let d = `M${num(at(0).x)} ${num(at(0).y)}`;
  for (let i = 0; i < points.length; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += `C${num(c1.x)} ${num(c1.y)} ${num(c2.x)} ${num(c2.y)} ${num(p2.x)} ${num(p2.y)}`;
  }
  return d + 'Z';
}

/** A filled band from a wavy top edge down to the bottom of the canvas. */
export function wavePath(
  width: number,
  height: number,
  top: number,
  amplitude: number,
  waves: number,
): string {
  const step = width / waves;
  let d = `M0 ${num(top)}`;
  for (let i = 0; i < waves; i++) {
    const x = i * step;
    const sign = i % 2 === 0 ? -1 : 1;
    d += `Q${num(x + step / 2)} ${num(top + sign * amplitude)} ${num(x + step)} ${num(top)}`;
  }
  return d + `L${num(width)} ${num(height)}L0 ${num(height)}Z`;
}

/**
 * The little scenes the mock vectoriser draws. Each returns SVG elements
 * (paths, circles, polygons) placed by the prompt's seed, so a person sees a
 * sensible icon and two prompts give two different pictures.
 */
import type { Palette } from './palette';
import type { Random } from './seed';
import {
  blobPath,
  circle,
  num,
  path,
  polygon,
  rect,
  ring,
  starPoints,
  strokePath,
  wavePath,
  type Point,
} from './svg-shapes';

export interface Canvas {
  readonly width: number;
  readonly height: number;
  /** The shorter side: shapes are sized by it so wide and tall canvases stay balanced. */
  readonly side: number;
  readonly centre: Point;
  readonly random: Random;
  readonly palette: Palette;
}

export type Motif = (canvas: Canvas) => string[];

const accent = (canvas: Canvas, index: number) =>
  canvas.palette.accents[index % canvas.palette.accents.length]!;

export const landscape: Motif = (canvas) => {
  const { width: w, height: h, side: s, random } = canvas;
  const base = h * 0.72;
  const peaks = [0.3, 0.62].map((x) => ({
    x: w * (x + random.range(-0.08, 0.08)),
    y: base - s * random.range(0.3, 0.45),
  }));
  const [high] = [...peaks].sort((a, b) => a.y - b.y);
  const cap = 0.22;
  return [
    circle(
      { x: w * random.range(0.62, 0.8), y: h * random.range(0.18, 0.3) },
      s * random.range(0.08, 0.13),
      accent(canvas, 1),
    ),
    circle({ x: w * random.range(0.15, 0.3), y: h * 0.2 }, s * 0.06, canvas.palette.background, 0.9),
    polygon([{ x: -w * 0.05, y: base }, peaks[0]!, { x: w * 0.6, y: base }], accent(canvas, 3), 0.85),
    polygon([{ x: w * 0.3, y: base }, peaks[1]!, { x: w * 1.05, y: base }], accent(canvas, 0)),
    polygon(
      [
        high!,
        { x: high!.x - (base - high!.y) * cap * 0.8, y: high!.y + (base - high!.y) * cap },
        { x: high!.x + (base - high!.y) * cap * 0.8, y: high!.y + (base - high!.y) * cap },
      ],
      canvas.palette.background,
    ),
    path(wavePath(w, h, h * 0.7, s * 0.04, random.int(2, 5)), accent(canvas, 2)),
  ];
};

export const badge: Motif = (canvas) => {
  const { centre: c, side: s, random, palette } = canvas;
  const tips = random.int(5, 9);
  const ribbon = (dx: number) =>
    `M${num(c.x + dx * s * 0.05)} ${num(c.y + s * 0.25)}L${num(c.x + dx * s * 0.2)} ${num(c.y + s * 0.46)}` +
    `L${num(c.x + dx * s * 0.12)} ${num(c.y + s * 0.44)}L${num(c.x + dx * s * 0.08)} ${num(c.y + s * 0.5)}` +
    `L${num(c.x - dx * s * 0.04)} ${num(c.y + s * 0.3)}Z`;
  return [
    path(ribbon(-1), accent(canvas, 3)),
    path(ribbon(1), accent(canvas, 3)),
    circle(c, s * 0.34, accent(canvas, 0)),
    ring(c, s * 0.28, palette.background, s * 0.015),
    polygon(starPoints(c, s * 0.2, s * random.range(0.08, 0.12), tips), accent(canvas, 1)),
    circle(c, s * 0.05, palette.ink),
  ];
};

export const flower: Motif = (canvas) => {
  const { centre: c, side: s, random, palette } = canvas;
  const head = { x: c.x, y: c.y - s * 0.14 };
  const petals = random.int(5, 9);
  const leaf = (dir: number) =>
    `M${num(c.x)} ${num(c.y + s * 0.18)}Q${num(c.x + dir * s * 0.2)} ${num(c.y + s * 0.05)} ` +
    `${num(c.x + dir * s * 0.24)} ${num(c.y + s * 0.16)}Q${num(c.x + dir * s * 0.12)} ${num(c.y + s * 0.24)} ` +
    `${num(c.x)} ${num(c.y + s * 0.18)}Z`;
  const elements = [
    strokePath(
      `M${num(head.x)} ${num(head.y)}Q${num(c.x - s * 0.05)} ${num(c.y + s * 0.15)} ${num(c.x)} ${num(c.y + s * 0.32)}`,
      accent(canvas, 2),
      s * 0.025,
    ),
    path(leaf(-1), accent(canvas, 2)),
    path(leaf(1), accent(canvas, 2)),
    polygon(
      [
        { x: c.x - s * 0.16, y: c.y + s * 0.3 },
        { x: c.x + s * 0.16, y: c.y + s * 0.3 },
        { x: c.x + s * 0.12, y: c.y + s * 0.46 },
        { x: c.x - s * 0.12, y: c.y + s * 0.46 },
      ],
      accent(canvas, 3),
    ),
  ];
  for (let i = 0; i < petals; i++) {
    const angle = (i / petals) * Math.PI * 2;
    elements.push(
      circle(
        { x: head.x + Math.cos(angle) * s * 0.12, y: head.y + Math.sin(angle) * s * 0.12 },
        s * 0.075,
        accent(canvas, 0),
      ),
    );
  }
  elements.push(circle(head, s * 0.07, accent(canvas, 1)), circle(head, s * 0.025, palette.ink));
  return elements;
};

export const house: Motif = (canvas) => {
  const { width: w, height: h, centre: c, side: s, random, palette } = canvas;
  const bodyW = s * random.range(0.38, 0.48);
  const bodyTop = c.y - s * 0.02;
  const left = c.x - bodyW / 2;
  return [
    circle({ x: w * 0.8, y: h * 0.2 }, s * 0.08, accent(canvas, 1)),
    path(blobPath({ x: w * 0.18, y: c.y + s * 0.05 }, s * 0.1, random, 7), accent(canvas, 2)),
    path(wavePath(w, h, c.y + s * 0.3, s * 0.02, 3), accent(canvas, 2), 0.8),
    rect(left + bodyW * 0.65, bodyTop - s * 0.2, s * 0.06, s * 0.14, palette.ink),
    rect(left, bodyTop, bodyW, s * 0.32, accent(canvas, 0)),
    polygon(
      [
        { x: left - s * 0.05, y: bodyTop },
        { x: c.x, y: bodyTop - s * 0.22 },
        { x: left + bodyW + s * 0.05, y: bodyTop },
      ],
      accent(canvas, 3),
    ),
    rect(c.x - s * 0.04, bodyTop + s * 0.16, s * 0.08, s * 0.16, palette.ink, s * 0.01),
    rect(left + bodyW * 0.12, bodyTop + s * 0.06, s * 0.07, s * 0.07, palette.background),
    rect(left + bodyW * 0.88 - s * 0.07, bodyTop + s * 0.06, s * 0.07, s * 0.07, palette.background),
  ];
};

export const abstract: Motif = (canvas) => {
  const { centre: c, side: s, random, palette } = canvas;
  const offset = (scale: number): Point => ({
    x: c.x + random.range(-scale, scale) * s,
    y: c.y + random.range(-scale, scale) * s,
  });
  const triangle = starPoints(
    offset(0.15),
    s * random.range(0.12, 0.2),
    s * random.range(0.12, 0.2),
    3,
    random.range(0, Math.PI),
  );
  return [
    path(blobPath(c, s * 0.34, random, random.int(5, 9), 0.35), accent(canvas, 0)),
    path(blobPath(offset(0.12), s * 0.2, random, random.int(4, 7), 0.4), accent(canvas, 1), 0.85),
    polygon([triangle[0]!, triangle[2]!, triangle[4]!], accent(canvas, 2), 0.9),
    circle(offset(0.2), s * random.range(0.05, 0.09), accent(canvas, 3)),
    strokePath(
      `M${num(c.x - s * 0.25)} ${num(c.y + s * 0.2)}q${num(s * 0.1)} ${num(-s * 0.1)} ${num(s * 0.2)} 0t${num(s * 0.2)} 0`,
      palette.ink,
      s * 0.02,
    ),
  ];
};

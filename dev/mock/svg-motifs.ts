/**
 * The little scenes the mock vectoriser draws (landscape, house; the emblems
 * are in svg-emblems.ts). Each returns SVG elements placed by the prompt's
 * seed, so a person sees a sensible picture and two prompts differ.
 */
import type { Palette } from './palette';
import type { Random } from './seed';
import { blobPath, circle, path, polygon, rect, wavePath, type Point } from './svg-shapes';

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

export const accent = (canvas: Canvas, index: number) =>
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

/**
 * Emblem-like motifs for the mock vectoriser: a badge, a potted flower and an
 * abstract composition, each mixing paths, circles and polygons.
 */
import { accent, type Motif } from './svg-motifs';
import { blobPath, circle, num, path, polygon, ring, starPoints, strokePath, type Point } from './svg-shapes';

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

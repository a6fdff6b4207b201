/**
 * The mock raster model: a real PNG of exactly the requested size, painted
 * from the prompt's seed (a sky gradient, discs, a wavy ground). Rows are
 * written straight into an RGB buffer and circles filled span by span, so
 * even 3072x1536 takes well under a second.
 */
import { PNG } from 'pngjs';
import { paletteFor, type Rgb } from './palette';
import { randomFor } from './seed';

interface Disc {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly colour: Rgb;
}

const mix = (a: number, b: number, t: number): number => (a + (b - a) * t) | 0;

function paintGradient(data: Buffer, width: number, height: number, top: Rgb, bottom: Rgb, side: Rgb): void {
  for (let y = 0; y < height; y++) {
    const t = y / height;
    const r = mix(top[0], bottom[0], t);
    const g = mix(top[1], bottom[1], t);
    const b = mix(top[2], bottom[2], t);
    let offset = y * width * 3;
    for (let x = 0; x < width; x++) {
      const s = (x / width) * 0.25;
      data[offset++] = mix(r, side[0], s);
      data[offset++] = mix(g, side[1], s);
      data[offset++] = mix(b, side[2], s);
    }
  }
}

function paintDisc(data: Buffer, width: number, height: number, disc: Disc): void {
  const fromY = Math.max(0, Math.ceil(disc.y - disc.r));
  const toY = Math.min(height - 1, Math.floor(disc.y + disc.r));
  for (let y = fromY; y <= toY; y++) {
    const half = Math.sqrt(disc.r * disc.r - (y - disc.y) * (y - disc.y));
    const fromX = Math.max(0, Math.ceil(disc.x - half));
    const toX = Math.min(width - 1, Math.floor(disc.x + half));
    for (let x = fromX, offset = (y * width + fromX) * 3; x <= toX; x++) {
      data[offset++] = disc.colour[0];
      data[offset++] = disc.colour[1];
      data[offset++] = disc.colour[2];
    }
  }
}

function paintGround(
  data: Buffer,
  width: number,
  height: number,
  level: number,
  waves: number,
  colour: Rgb,
): void {
  const amplitude = height * 0.04;
  for (let x = 0; x < width; x++) {
    const top = Math.max(0, Math.floor(level + Math.sin((x / width) * Math.PI * waves) * amplitude));
    for (let y = top, offset = (top * width + x) * 3; y < height; y++, offset += width * 3) {
      const shade = 1 - ((y - top) / height) * 0.5;
      data[offset] = colour[0] * shade;
      data[offset + 1] = colour[1] * shade;
      data[offset + 2] = colour[2] * shade;
    }
  }
}

/** Raw RGB pixels (3 bytes each, row-major) for the prompt. */
function paintPixels(prompt: string, width: number, height: number): Buffer {
  const random = randomFor(prompt);
  const palette = paletteFor(random);
  const [first, second, third, fourth] = palette.accents;
  const side = Math.min(width, height);
  const data = Buffer.alloc(width * height * 3);
  paintGradient(data, width, height, palette.background, second!, fourth ?? first!);
  paintDisc(data, width, height, {
    x: width * random.range(0.2, 0.8),
    y: height * random.range(0.2, 0.4),
    r: side * random.range(0.1, 0.18),
    colour: first!,
  });
  paintGround(data, width, height, height * random.range(0.6, 0.75), random.range(1, 4), third!);
  for (let i = random.int(2, 5); i > 0; i--) {
    const colour = random.pick([palette.ink, ...palette.accents]);
    paintDisc(data, width, height, {
      x: width * random.next(),
      y: height * random.range(0.75, 0.95),
      r: side * random.range(0.02, 0.06),
      colour,
    });
  }
  return data;
}

/** A PNG (truecolour, no alpha) of exactly width x height. */
export function pngArt(prompt: string, width: number, height: number): Buffer {
  const options = { colorType: 2, inputColorType: 2, inputHasAlpha: false } as const;
  const png = new PNG({ width, height, ...options });
  png.data = paintPixels(prompt, width, height);
  // Sub filter with light deflate: gradients compress well and large sizes stay fast.
  return PNG.sync.write(png, { ...options, filterType: 1, deflateLevel: 3 });
}

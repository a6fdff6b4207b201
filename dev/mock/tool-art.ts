/**
 * The mock's raster tools, deterministic so tests can check their output:
 * - remove background: every pixel within a small distance of one of the
 *   four corner pixels' colours becomes transparent (the rest keeps its
 *   colour, opaque), as an RGBA PNG;
 * - upscale: each pixel repeated `scale` × `scale` times (nearest
 *   neighbour), a PNG exactly `scale` times the size.
 */
import { PNG } from 'pngjs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Sum of the channel differences under which a pixel counts as the background's colour. */
const BACKGROUND_TOLERANCE = 24;
/** The largest side an upscaled image may have (Recraft's own limit is of this order). */
export const MAX_TOOL_SIDE = 8192;

/** A PNG's size from its header, without decoding it; undefined when it is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE)) return undefined;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

const RGBA = { colorType: 6, inputColorType: 6, inputHasAlpha: true } as const;

function write(width: number, height: number, data: Buffer): Buffer {
  const png = new PNG({ width, height, ...RGBA });
  png.data = data;
  return PNG.sync.write(png, { ...RGBA, deflateLevel: 3 });
}

export function removeBackground(source: Buffer): Buffer {
  const { width, height, data } = PNG.sync.read(source);
  const corners = [0, width - 1, (height - 1) * width, height * width - 1].map((i) =>
    data.subarray(i * 4, i * 4 + 3),
  );
  const out = Buffer.from(data);
  for (let offset = 0; offset < out.length; offset += 4) {
    const near = corners.some(
      (c) =>
        Math.abs(out[offset]! - c[0]!) +
          Math.abs(out[offset + 1]! - c[1]!) +
          Math.abs(out[offset + 2]! - c[2]!) <=
        BACKGROUND_TOLERANCE,
    );
    out[offset + 3] = near ? 0 : 255;
  }
  return write(width, height, out);
}

export function upscale(source: Buffer, scale: number): Buffer {
  const { width, height, data } = PNG.sync.read(source);
  const [w, h] = [width * scale, height * scale];
  const out = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++) {
    const row = Math.floor(y / scale) * width;
    for (let x = 0; x < w; x++)
      data.copy(
        out,
        (y * w + x) * 4,
        (row + Math.floor(x / scale)) * 4,
        (row + Math.floor(x / scale)) * 4 + 4,
      );
  }
  return write(w, h, out);
}

import { arcToCubics } from './arc';
import type { PathData } from './path-data';

/** Receives a path's drawn segments in absolute coordinates (arcs arrive as cubics). */
export interface SegmentSink {
  line(x0: number, y0: number, x: number, y: number): void;
  cubic(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, x: number, y: number): void;
  quad(x0: number, y0: number, x1: number, y1: number, x: number, y: number): void;
}

/** Walks parsed path data, resolving relative, shorthand (S, T, H, V) and arc commands. */
export function walkPath(data: PathData, sink: SegmentSink): void {
  const { codes, nums } = data;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let controlX = 0; // last control point, for S and T reflections
  let controlY = 0;
  let previous = 0;
  let n = 0;
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] ?? 0;
    const relative = code >= 97;
    const upper = relative ? code - 32 : code;
    const ox = relative ? x : 0;
    const oy = relative ? y : 0;
    let nextX = x;
    let nextY = y;
    switch (upper) {
      case 77 /* M */:
        nextX = startX = ox + at(nums, n);
        nextY = startY = oy + at(nums, n + 1);
        n += 2;
        break;
      case 76 /* L */:
      case 72 /* H */:
      case 86 /* V */: {
        nextX = upper === 86 ? x : ox + at(nums, n);
        nextY = upper === 72 ? y : upper === 86 ? oy + at(nums, n) : oy + at(nums, n + 1);
        n += upper === 76 ? 2 : 1;
        sink.line(x, y, nextX, nextY);
        break;
      }
      case 67 /* C */:
      case 83 /* S */: {
        const smooth = upper === 83;
        const reflect = smooth && (previous === 67 || previous === 83);
        const x1 = smooth ? (reflect ? 2 * x - controlX : x) : ox + at(nums, n);
        const y1 = smooth ? (reflect ? 2 * y - controlY : y) : oy + at(nums, n + 1);
        const k = smooth ? 0 : 2;
        controlX = ox + at(nums, n + k);
        controlY = oy + at(nums, n + k + 1);
        nextX = ox + at(nums, n + k + 2);
        nextY = oy + at(nums, n + k + 3);
        n += smooth ? 4 : 6;
        sink.cubic(x, y, x1, y1, controlX, controlY, nextX, nextY);
        break;
      }
      case 81 /* Q */:
      case 84 /* T */: {
        const smooth = upper === 84;
        const reflect = smooth && (previous === 81 || previous === 84);
        controlX = smooth ? (reflect ? 2 * x - controlX : x) : ox + at(nums, n);
        controlY = smooth ? (reflect ? 2 * y - controlY : y) : oy + at(nums, n + 1);
        nextX = ox + at(nums, n + (smooth ? 0 : 2));
        nextY = oy + at(nums, n + (smooth ? 1 : 3));
        n += smooth ? 2 : 4;
        sink.quad(x, y, controlX, controlY, nextX, nextY);
        break;
      }
      case 65 /* A */:
        nextX = ox + at(nums, n + 5);
        nextY = oy + at(nums, n + 6);
        arcToCubics(
          x,
          y,
          at(nums, n),
          at(nums, n + 1),
          at(nums, n + 2),
          at(nums, n + 3) !== 0,
          at(nums, n + 4) !== 0,
          nextX,
          nextY,
          sink,
        );
        n += 7;
        break;
      case 90 /* Z */:
        sink.line(x, y, startX, startY);
        nextX = startX;
        nextY = startY;
        break;
    }
    x = nextX;
    y = nextY;
    previous = upper;
  }
}

function at(nums: readonly number[], index: number): number {
  return nums[index] ?? 0;
}

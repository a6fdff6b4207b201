import { NumberList } from './number-list';
import { shortNumber } from './number-format';
import type { PathData } from './path-data';

/**
 * Writes path data compactly: repeated command letters omitted, minimal
 * separators, numbers rounded to `decimals` (or exact when undefined).
 * Relative coordinates are rounded against the already-rounded current
 * point, so error never accumulates along a subpath.
 */
export function formatPathData(data: PathData, decimals?: number): string {
  return new PathWriter(data, decimals).run();
}

const writer = new NumberList();

/** One pass over the segments; state lives in fields so the hot loop allocates nothing but text. */
class PathWriter {
  // Exact and written (rounded) current point, subpath start, and the segment's origin.
  private x = 0;
  private y = 0;
  private wx = 0;
  private wy = 0;
  private sx = 0;
  private sy = 0;
  private wsx = 0;
  private wsy = 0;
  private baseX = 0;
  private baseY = 0;
  private originX = 0;
  private originY = 0;
  constructor(
    private readonly data: PathData,
    private readonly decimals: number | undefined,
  ) {}

  run(): string {
    const { codes, nums } = this.data;
    let previous = 0;
    let n = 0;
    writer.reset();
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] as number;
      const relative = code >= 97;
      if (!impliedLetter(code, previous)) writer.letter(code);
      previous = code;
      this.baseX = relative ? this.x : 0;
      this.baseY = relative ? this.y : 0;
      this.originX = relative ? this.wx : 0;
      this.originY = relative ? this.wy : 0;
      n = this.segment(relative ? code - 32 : code, nums, n);
    }
    return writer.toString();
  }

  /** Writes one segment's numbers from nums[n]; returns the index after them. */
  private segment(upper: number, nums: readonly number[], n: number): number {
    switch (upper) {
      case 77 /* M */:
        this.end(nums, n);
        this.startSubpath();
        return n + 2;
      case 76 /* L */:
      case 84 /* T */:
        this.end(nums, n);
        return n + 2;
      case 72 /* H */:
      case 86 /* V */:
        this.axis(upper === 72, nums[n] as number);
        return n + 1;
      case 67 /* C */:
        this.control(nums, n);
        this.control(nums, n + 2);
        this.end(nums, n + 4);
        return n + 6;
      case 83 /* S */:
      case 81 /* Q */:
        this.control(nums, n);
        this.end(nums, n + 2);
        return n + 4;
      case 65 /* A */:
        this.arc(nums, n);
        return n + 7;
      default:
        /* Z */ this.closeSubpath();
        return n;
    }
  }

  private startSubpath(): void {
    this.sx = this.x;
    this.sy = this.y;
    this.wsx = this.wx;
    this.wsy = this.wy;
  }

  private closeSubpath(): void {
    this.x = this.sx;
    this.y = this.sy;
    this.wx = this.wsx;
    this.wy = this.wsy;
  }

  /** H (horizontal) or V: one coordinate. */
  private axis(horizontal: boolean, value: number): void {
    if (horizontal) {
      this.x = this.baseX + value;
      this.wx = this.originX + this.coordinate(value, this.baseX, this.originX);
    } else {
      this.y = this.baseY + value;
      this.wy = this.originY + this.coordinate(value, this.baseY, this.originY);
    }
  }

  private arc(nums: readonly number[], n: number): void {
    this.coordinate(nums[n] as number, 0, 0);
    this.coordinate(nums[n + 1] as number, 0, 0);
    this.text(shortNumber(nums[n + 2] as number)); // rotation: exact, its error scales with the radius
    this.text(nums[n + 3] ? '1' : '0');
    this.text(nums[n + 4] ? '1' : '0');
    this.end(nums, n + 5);
  }

  private control(nums: readonly number[], k: number): void {
    this.coordinate(nums[k] as number, this.baseX, this.originX);
    this.coordinate(nums[k + 1] as number, this.baseY, this.originY);
  }

  private end(nums: readonly number[], k: number): void {
    const dx = nums[k] as number;
    const dy = nums[k + 1] as number;
    this.wx = this.originX + this.coordinate(dx, this.baseX, this.originX);
    this.wy = this.originY + this.coordinate(dy, this.baseY, this.originY);
    this.x = this.baseX + dx;
    this.y = this.baseY + dy;
  }

  /** Writes `value` (given from `base`) as seen from `written`, the rounded origin; returns the number written. */
  private coordinate(value: number, base: number, written: number): number {
    return this.decimals === undefined
      ? writer.number(value, undefined)
      : writer.number(base + value - written, this.decimals);
  }

  private text(next: string): void {
    writer.text(next);
  }
}

/** Whether a segment's letter may be left out: a repeat, or the lineto implied after a moveto. */
function impliedLetter(code: number, previous: number): boolean {
  if (code === previous) return code !== 77 && code !== 109 && code !== 90 && code !== 122;
  return (previous === 77 && code === 76) || (previous === 109 && code === 108);
}

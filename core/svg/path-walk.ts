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
  new PathWalker(data, sink).run();
}

/** The walk's state in fields: no allocation per segment on paths of thousands of curves. */
class PathWalker {
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  /** Last control point, reflected by S and T. */
  private controlX = 0;
  private controlY = 0;
  private previous = 0;
  /** Origin of the current segment's numbers: the current point for relative commands, else 0. */
  private ox = 0;
  private oy = 0;
  private n = 0;

  constructor(
    private readonly data: PathData,
    private readonly sink: SegmentSink,
  ) {}

  run(): void {
    const { codes } = this.data;
    for (let index = 0; index < codes.length; index++) {
      const code = codes[index] as number;
      const relative = code >= 97;
      const upper = relative ? code - 32 : code;
      this.ox = relative ? this.x : 0;
      this.oy = relative ? this.y : 0;
      this.segment(upper);
      this.previous = upper;
    }
  }

  private at(k: number): number {
    return this.data.nums[this.n + k] ?? 0;
  }

  private segment(upper: number): void {
    switch (upper) {
      case 77 /* M */:
        this.x = this.startX = this.ox + this.at(0);
        this.y = this.startY = this.oy + this.at(1);
        this.n += 2;
        return;
      case 76 /* L */:
        return this.lineTo(this.ox + this.at(0), this.oy + this.at(1), 2);
      case 72 /* H */:
        return this.lineTo(this.ox + this.at(0), this.y, 1);
      case 86 /* V */:
        return this.lineTo(this.x, this.oy + this.at(0), 1);
      case 67 /* C */:
      case 83 /* S */:
        return this.cubicTo(upper === 83);
      case 81 /* Q */:
      case 84 /* T */:
        return this.quadTo(upper === 84);
      case 65 /* A */:
        return this.arcTo();
      default:
        /* Z */ this.sink.line(this.x, this.y, this.startX, this.startY);
        this.x = this.startX;
        this.y = this.startY;
    }
  }

  private lineTo(x: number, y: number, used: number): void {
    this.sink.line(this.x, this.y, x, y);
    this.moveTo(x, y, used);
  }

  private moveTo(x: number, y: number, used: number): void {
    this.x = x;
    this.y = y;
    this.n += used;
  }

  private cubicTo(smooth: boolean): void {
    const reflect = smooth && (this.previous === 67 || this.previous === 83);
    const x1 = smooth ? (reflect ? 2 * this.x - this.controlX : this.x) : this.ox + this.at(0);
    const y1 = smooth ? (reflect ? 2 * this.y - this.controlY : this.y) : this.oy + this.at(1);
    const k = smooth ? 0 : 2;
    this.controlX = this.ox + this.at(k);
    this.controlY = this.oy + this.at(k + 1);
    const x = this.ox + this.at(k + 2);
    const y = this.oy + this.at(k + 3);
    this.sink.cubic(this.x, this.y, x1, y1, this.controlX, this.controlY, x, y);
    this.moveTo(x, y, k + 4);
  }

  private quadTo(smooth: boolean): void {
    const reflect = smooth && (this.previous === 81 || this.previous === 84);
    this.controlX = smooth ? (reflect ? 2 * this.x - this.controlX : this.x) : this.ox + this.at(0);
    this.controlY = smooth ? (reflect ? 2 * this.y - this.controlY : this.y) : this.oy + this.at(1);
    const k = smooth ? 0 : 2;
    const x = this.ox + this.at(k);
    const y = this.oy + this.at(k + 1);
    this.sink.quad(this.x, this.y, this.controlX, this.controlY, x, y);
    this.moveTo(x, y, k + 2);
  }

  private arcTo(): void {
    const x = this.ox + this.at(5);
    const y = this.oy + this.at(6);
    const radii = { rx: this.at(0), ry: this.at(1), angle: this.at(2) };
    arcToCubics(this.x, this.y, radii, this.at(3) !== 0, this.at(4) !== 0, x, y, this.sink);
    this.moveTo(x, y, 7);
  }
}

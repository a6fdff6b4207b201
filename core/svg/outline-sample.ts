/** Points kept at most: enough for any icon at full detail (a few thousand segments), a fixed memory cost beyond. */
const MAX_POINTS = 16_384;
const HALF_SQRT2 = Math.SQRT1_2;

/**
 * Points on the outline of what is drawn, gathered while the bounds are walked (drawing-bounds.ts), for
 * the keyline classification (keyline.ts). Each point carries the pen's radius there (half the stroke
 * width in root units, 0 for a fill). Memory is bounded: past MAX_POINTS every other point is dropped
 * and only every 2nd, 4th, … new one is kept, so any input costs one pass and a fixed buffer. The
 * extreme point towards each corner (largest ±x ± y, pen included) is always kept as well, so decimation
 * cannot lose the one sharp corner that makes a drawing square.
 */
export class OutlineSample {
  /** Radius of the pen for the points that follow (set by the walk per shape). */
  pen = 0;
  private readonly points = new Float64Array(MAX_POINTS * 3);
  private length = 0;
  private stride = 1;
  private seen = 0;
  /** Per corner (+x+y, −x+y, +x−y, −x−y): the best point's score, then the point. */
  private readonly corners = [
    { score: -Infinity, x: 0, y: 0, pen: 0 },
    { score: -Infinity, x: 0, y: 0, pen: 0 },
    { score: -Infinity, x: 0, y: 0, pen: 0 },
    { score: -Infinity, x: 0, y: 0, pen: 0 },
  ];

  add(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const pen = this.pen;
    const reach = pen * 2 * HALF_SQRT2; // a disc of radius pen reaches pen·√2 further along x ± y
    let k = 0;
    for (const corner of this.corners) {
      const score = (k & 1 ? -x : x) + (k & 2 ? -y : y) + reach;
      if (score > corner.score) Object.assign(corner, { score, x, y, pen });
      k++;
    }
    if (this.seen++ % this.stride !== 0) return;
    if (this.length === MAX_POINTS) this.halve();
    const at = this.length++ * 3;
    this.points[at] = x;
    this.points[at + 1] = y;
    this.points[at + 2] = pen;
  }

  /** Visits every kept point, then the four corner extremes. */
  forEach(visit: (x: number, y: number, pen: number) => void): void {
    for (let i = 0; i < this.length; i++) {
      const at = i * 3;
      visit(this.points[at] ?? 0, this.points[at + 1] ?? 0, this.points[at + 2] ?? 0);
    }
    for (const corner of this.corners) if (corner.score > -Infinity) visit(corner.x, corner.y, corner.pen);
  }

  private halve(): void {
    for (let i = 0; 2 * i < this.length; i++) {
      this.points.copyWithin(i * 3, 2 * i * 3, 2 * i * 3 + 3);
    }
    this.length = Math.ceil(this.length / 2);
    this.stride *= 2;
  }
}

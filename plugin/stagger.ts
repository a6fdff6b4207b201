/**
 * Lays results that arrive close together side by side. A batch of icons
 * finishes within seconds; each lands to the right of the previous one in
 * the same place (viewport or frame) instead of on top of it. A pause longer
 * than the window starts a new row at the centre again.
 */
/** The gap between neighbours: 40 px for artwork, one icon's width for small icons (an icon grid). */
export const STAGGER_GAP = 40;
const gapFor = (width: number) => Math.min(STAGGER_GAP, Math.max(8, width));
export const STAGGER_WINDOW_MS = 30_000;

interface Row {
  readonly next: number;
  readonly at: number;
}

export class Stagger {
  private readonly rows = new Map<string, Row>();

  constructor(private readonly now: () => number) {}

  /** The offset for a result `width` wide placed at `where` (a node id or 'viewport'). */
  next(where: string, width: number): number {
    const now = this.now();
    const row = this.rows.get(where);
    const offset = row && now - row.at < STAGGER_WINDOW_MS ? row.next : 0;
    this.rows.set(where, { next: offset + Math.max(0, width) + gapFor(width), at: now });
    return offset;
  }
}

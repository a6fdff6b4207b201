/**
 * Where a new node goes, for every result that is not a set's icon (a set's
 * container lays its icons out itself):
 *
 * - A single result asks the host for a free spot of its own size
 *   (`freeSpotAsync`), so it never lands on another layer, the previous
 *   result included, however long ago that one landed.
 * - A batch (one press of Generate, `GenerationRequest.batch`) gets one
 *   anchor when its first result lands, found free for the whole row and
 *   kept here by batch id: item k goes to anchor + k × slot whatever order
 *   the items finish in, so gaps are equal and nothing drifts with the view.
 *
 * Positions are in the target's coordinates: the page, or the frame/board
 * chosen when Generate was pressed (`parentId`), which every item of the
 * batch keeps. Placements run one at a time: two results arriving together
 * would otherwise be given the same free spot before either exists. A
 * batch's row stays reserved until it is full, so a single result landing
 * meanwhile goes below it rather than into a slot the batch still needs.
 */
import type { BatchSlot } from '../../core/tasks/types';
import type { Host, Placement, Point, Rect } from '../hosts/host';
import { overlaps, rectAt } from './areas';
import { gapFor } from './gap';

export interface PlaceItem {
  /** The frame/board it goes into; absent: the page, near the view's centre. */
  readonly parentId?: string;
  readonly width: number;
  readonly height: number;
  readonly batch?: BatchSlot;
}

export interface Landing<T> {
  readonly value: T;
  /** The first of its batch to land: the area (page coordinates) to bring into view, once per batch. */
  readonly reveal?: Rect;
}

interface Row {
  readonly parentId?: string;
  /** The row's area in its parent's coordinates (reserved until every slot is filled). */
  readonly area: Rect;
  /** The same area on the page, for the one reveal. */
  readonly pageArea: Rect;
  readonly slot: number;
  readonly count: number;
  readonly filled: Set<number>;
  revealed: boolean;
}

/** How many times a spot is pushed below a reserved row before it is taken as it is. */
const MAX_PUSHES = 16;

export class Placer {
  private readonly rows = new Map<string, Row>();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: Host) {}

  /**
   * Decides where `item` goes and calls `insert` with it, one placement at a
   * time. Resolves with what `insert` made, and the area to reveal when it
   * is the first of its batch to land. Awaits nothing after `insert`, so the
   * caller settles its bookkeeping before any courtesy (focus, reveal) runs.
   */
  placeAsync<T>(item: PlaceItem, insert: (placement: Placement) => Promise<T>): Promise<Landing<T>> {
    const run = this.turn.then(() => this.placeNowAsync(item, insert));
    this.turn = run.catch(() => undefined);
    return run;
  }

  private async placeNowAsync<T>(
    item: PlaceItem,
    insert: (placement: Placement) => Promise<T>,
  ): Promise<Landing<T>> {
    const { parentId, width, height, batch } = item;
    const at = (point: Point): Placement => ({ ...(parentId ? { parentId } : {}), ...point });
    if (!batch) return { value: await insert(at(await this.clearSpotAsync(width, height, parentId))) };
    const row = await this.rowAsync(item, batch);
    const value = await insert(at({ x: row.area.x + batch.index * row.slot, y: row.area.y }));
    row.filled.add(batch.index);
    if (row.filled.size >= row.count) this.rows.delete(rowKey(batch, parentId));
    if (row.revealed) return { value };
    row.revealed = true;
    return { value, reveal: row.pageArea };
  }

  /** The batch's row, fixed when its first item arrives: count × slot − gap wide, clear of every layer. */
  private async rowAsync(item: PlaceItem, batch: BatchSlot): Promise<Row> {
    const key = rowKey(batch, item.parentId);
    const known = this.rows.get(key);
    if (known) return known;
    const gap = gapFor(item.width);
    const slot = item.width + gap;
    const count = Math.max(1, batch.count, batch.index + 1);
    const width = count * slot - gap;
    const spot = await this.clearSpotAsync(width, item.height, item.parentId);
    const area = rectAt(spot, width, item.height);
    const row: Row = {
      parentId: item.parentId,
      area,
      pageArea: await this.onPageAsync(area, item.parentId),
      slot,
      count,
      filled: new Set(),
      revealed: false,
    };
    this.rows.set(key, row);
    return row;
  }

  /** A free spot from the host, pushed below any batch row still waiting for its items. */
  private async clearSpotAsync(width: number, height: number, parentId?: string): Promise<Point> {
    let spot = await this.host.freeSpotAsync(width, height, parentId);
    const reserved = [...this.rows.values()].filter((r) => r.parentId === parentId).map((r) => r.area);
    for (let push = 0; push < MAX_PUSHES; push++) {
      const hit = reserved.find((area) => overlaps(area, rectAt(spot, width, height)));
      if (!hit) break;
      spot = { x: spot.x, y: hit.y + hit.height + gapFor(height) };
    }
    return spot;
  }

  /** A frame's coordinates on the page (its bounds), for revealing; the page's own as they are. */
  private async onPageAsync(area: Rect, parentId?: string): Promise<Rect> {
    if (!parentId) return area;
    const parent = await this.host.boundsAsync(parentId).catch(() => undefined);
    return parent ? { ...area, x: parent.x + area.x, y: parent.y + area.y } : area;
  }
}

function rowKey(batch: BatchSlot, parentId?: string): string {
  return `${batch.id}\u0000${parentId ?? ''}`;
}

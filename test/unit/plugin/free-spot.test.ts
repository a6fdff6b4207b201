/** Both hosts' free spot: the wished-for corner when clear, else the nearest corner clear by the gap. */
import { describe, expect, it } from 'vitest';
import { nearestFreeSpot } from '../../../plugin/placement/free-spot';
import type { Rect } from '../../../plugin/hosts/host';
import { overlaps } from '../../../plugin/placement/areas';

const GAP = 10;

/** The block at `at`, grown by the gap: it must touch no layer. */
function clear(at: { x: number; y: number }, width: number, height: number, layers: readonly Rect[]) {
  const padded = { x: at.x - GAP, y: at.y - GAP, width: width + 2 * GAP, height: height + 2 * GAP };
  return layers.every((layer) => !overlaps(padded, layer));
}

describe('nearestFreeSpot', () => {
  it('keeps the wished-for corner on an empty page', () => {
    expect(nearestFreeSpot({ x: 5, y: 7 }, 100, 50, [], GAP)).toEqual({ x: 5, y: 7 });
  });

  it('keeps it when the nearest layer is further than the gap', () => {
    const layers = [{ x: 111, y: 0, width: 50, height: 50 }];
    expect(nearestFreeSpot({ x: 0, y: 0 }, 100, 50, layers, GAP)).toEqual({ x: 0, y: 0 });
  });

  it('moves just past a layer sitting on the wish, one gap away', () => {
    const layer = { x: 0, y: 0, width: 100, height: 100 };
    const spot = nearestFreeSpot({ x: 0, y: 0 }, 100, 100, [layer], GAP);
    expect(clear(spot, 100, 100, [layer])).toBe(true);
    // Beside, above or below: the nearest candidates are one side plus the gap away.
    expect(Math.hypot(spot.x, spot.y)).toBe(110);
  });

  it('a second result never lands on the first', () => {
    const first = { ...nearestFreeSpot({ x: 200, y: 200 }, 64, 64, [], GAP), width: 64, height: 64 };
    const second = nearestFreeSpot({ x: 200, y: 200 }, 64, 64, [first], GAP);
    expect(clear(second, 64, 64, [first])).toBe(true);
  });

  it('finds a clear spot on a crowded page, and one past every layer when the edges give none', () => {
    // A 40 × 40 grid of 20 px tiles 2 px apart around the wish: no gap of 10 anywhere inside it.
    const tiles: Rect[] = [];
    for (let i = 0; i < 40; i++)
      for (let j = 0; j < 40; j++) tiles.push({ x: i * 22, y: j * 22, width: 20, height: 20 });
    const spot = nearestFreeSpot({ x: 400, y: 400 }, 30, 30, tiles, GAP);
    expect(clear(spot, 30, 30, tiles)).toBe(true);
  });
});

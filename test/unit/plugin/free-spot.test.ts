/** Both hosts' free spot: the wished-for corner when clear, else the nearest corner clear by the gap. */
import { describe, expect, it } from 'vitest';
import { freeSpotAround, nearestFreeSpot } from '../../../plugin/placement/free-spot';
import { revealIn } from '../../../plugin/placement/reveal';
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

describe('freeSpotAround and revealIn (what both adapters call)', () => {
  it('centres the block on the centre when it is free, else moves it clear by the gap its size calls for', () => {
    expect(freeSpotAround({ x: 100, y: 100 }, 40, 20, [])).toEqual({ x: 80, y: 90 });
    const spot = freeSpotAround({ x: 100, y: 100 }, 40, 20, [{ x: 0, y: 0, width: 200, height: 200 }]);
    const clear = spot.x >= 200 || spot.y >= 200 || spot.x + 40 <= 0 || spot.y + 20 <= 0;
    expect(clear).toBe(true);
  });

  it('moves the view to the area without zooming in past 100 %', () => {
    const viewport = {
      bounds: { x: 0, y: 0, width: 1000, height: 800 },
      zoom: 1,
      center: { x: 500, y: 400 },
    };
    revealIn(viewport, { x: 2000, y: 0, width: 100, height: 100 });
    expect(viewport).toMatchObject({ zoom: 1, center: { x: 2050, y: 50 } });
  });
});

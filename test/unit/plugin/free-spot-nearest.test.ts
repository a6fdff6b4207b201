/** The free spot is the nearest one: the nearer side of a layer, the row above, a gap between layers; never on a layer. */
import { describe, expect, it } from 'vitest';
import { nearestFreeSpot } from '../../../plugin/placement/free-spot';
import type { Rect } from '../../../plugin/hosts/host';
import { overlaps } from '../../../plugin/placement/areas';

const GAP = 10;
const grown = (at: { x: number; y: number }, w: number, h: number): Rect => ({
  x: at.x - GAP,
  y: at.y - GAP,
  width: w + 2 * GAP,
  height: h + 2 * GAP,
});

describe('nearestFreeSpot', () => {
  it('moves just past the layer under the wish, on the nearer side', () => {
    const layer = { x: 0, y: 0, width: 100, height: 400 };
    // Wish near the right edge: right of the layer is 30 away, left of it 150.
    expect(nearestFreeSpot({ x: 80, y: 100 }, 50, 50, [layer], GAP)).toEqual({ x: 110, y: 100 });
    // A wide layer: above it is nearer than either side.
    const wide = { x: 0, y: 100, width: 1000, height: 50 };
    expect(nearestFreeSpot({ x: 400, y: 90 }, 50, 50, [wide], GAP)).toEqual({ x: 400, y: 40 });
  });

  it('finds a gap between layers in a row', () => {
    const row = [
      { x: 0, y: 0, width: 100, height: 100 },
      { x: 170, y: 0, width: 100, height: 100 },
    ];
    expect(nearestFreeSpot({ x: 60, y: 20 }, 50, 50, row, GAP)).toEqual({ x: 110, y: 20 });
  });

  it('never lands on a layer of a scattered page, wherever the wish is', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const layers: Rect[] = Array.from({ length: 600 }, () => ({
      x: Math.round(random() * 4000),
      y: Math.round(random() * 4000),
      width: 10 + Math.round(random() * 300),
      height: 10 + Math.round(random() * 300),
    }));
    for (let i = 0; i < 20; i++) {
      const wish = { x: Math.round(random() * 4000), y: Math.round(random() * 4000) };
      const spot = nearestFreeSpot(wish, 120, 80, layers, GAP);
      expect(layers.some((layer) => overlaps(grown(spot, 120, 80), layer))).toBe(false);
    }
  });
});

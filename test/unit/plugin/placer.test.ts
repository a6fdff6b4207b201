/**
 * Where results land (plugin/placement/): a free spot for each single
 * result, one anchor and one reveal per batch, one placement at a time.
 */
import { describe, expect, it } from 'vitest';
import type { Placement } from '../../../plugin/hosts/host';
import { gapFor } from '../../../plugin/placement/gap';
import { Placer } from '../../../plugin/placement/placer';
import { setContainerSize } from '../../../plugin/placement/set-container-size';
import { FakeHost } from './fake-host';

/** Places a 'vector' of `size` at what the placer decides, as a host would. */
function inserter(host: FakeHost, width: number, height = width) {
  return async (placement: Placement) => {
    const node = host.addNode('vector', { width, height, x: placement.x, y: placement.y });
    node.parentId = placement.parentId;
    return node.id;
  };
}

const batch = (index: number, count = 8, id = 'press-1') => ({ id, index, count });

describe('gapFor', () => {
  it('is 40 px between artwork, an icon’s own width between small icons, never under 8', () => {
    expect(gapFor(1024)).toBe(40);
    expect(gapFor(24)).toBe(24);
    expect(gapFor(2)).toBe(8);
  });
});

describe('setContainerSize', () => {
  it('holds count icons, perRow a row, one icon size apart and around, perRow wide however few', () => {
    const one = { perRow: 8, variants: 1 };
    expect(setContainerSize({ ...one, iconSize: 24, count: 12 })).toEqual({ width: 408, height: 120 });
    expect(setContainerSize({ ...one, iconSize: 24, count: 3 })).toEqual({ width: 408, height: 72 });
    expect(setContainerSize({ ...one, iconSize: 16, count: 8 })).toEqual({ width: 272, height: 48 });
  });

  it('makes room for variants: a subject is its variants side by side, one icon apart', () => {
    // 8 component sets of 2 (72 px each), 7 gaps and 2 paddings of 24: 8 × 72 + 9 × 24.
    expect(setContainerSize({ iconSize: 24, perRow: 8, count: 12, variants: 2 })).toEqual({
      width: 792,
      height: 120,
    });
    expect(setContainerSize({ iconSize: 24, perRow: 8, count: 3, variants: 4 }).width).toBe(8 * 168 + 9 * 24);
  });
});

describe('Placer', () => {
  it('gives each single result its own free spot: two in a row never overlap, however far apart in time', async () => {
    const host = new FakeHost();
    const placer = new Placer(host);
    const first = await placer.placeAsync({ width: 1024, height: 1024 }, inserter(host, 1024));
    const second = await placer.placeAsync({ width: 1024, height: 1024 }, inserter(host, 1024));
    const [a, b] = [host.nodes.get(first.value)!, host.nodes.get(second.value)!];
    expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    expect(first.reveal).toBeUndefined();
  });

  it('places one at a time, so two results arriving together are not given the same spot', async () => {
    const host = new FakeHost();
    const placer = new Placer(host);
    const both = await Promise.all([
      placer.placeAsync({ width: 100, height: 100 }, inserter(host, 100)),
      placer.placeAsync({ width: 100, height: 100 }, inserter(host, 100)),
    ]);
    const [a, b] = both.map((l) => host.nodes.get(l.value)!);
    expect(a!.y + 100 <= b!.y).toBe(true);
  });

  it('lays a batch of 8 in one row from one anchor, equal gaps, whatever order they finish in', async () => {
    const host = new FakeHost();
    const placer = new Placer(host);
    const order = [3, 0, 7, 1, 6, 2, 5, 4];
    const landed = new Map<number, string>();
    const reveals: unknown[] = [];
    for (const index of order) {
      const landing = await placer.placeAsync(
        { width: 1024, height: 1024, batch: batch(index) },
        inserter(host, 1024),
      );
      landed.set(index, landing.value);
      if (landing.reveal) reveals.push(landing.reveal);
    }
    const nodes = [...Array(8).keys()].map((k) => host.nodes.get(landed.get(k)!)!);
    const anchor = { x: 1000 - (8 * 1064 - 40) / 2, y: 500 - 512 };
    nodes.forEach((node, k) =>
      expect({ x: node.x, y: node.y }).toEqual({ x: anchor.x + k * 1064, y: anchor.y }),
    );
    // One reveal, for the whole row, when the first landed.
    expect(reveals).toEqual([{ ...anchor, width: 8 * 1064 - 40, height: 1024 }]);
  });

  it('keeps the frame chosen at the press for every item, and reveals the row where it is on the page', async () => {
    const host = new FakeHost();
    const frame = host.addNode('frame', { x: 5000, y: 3000, width: 600, height: 200 });
    const placer = new Placer(host);
    const items = [0, 1, 2].map((index) => ({
      parentId: frame.id,
      width: 24,
      height: 24,
      batch: batch(index, 3),
    }));
    const landings = [];
    for (const item of items) landings.push(await placer.placeAsync(item, inserter(host, 24)));
    const nodes = landings.map((l) => host.nodes.get(l.value)!);
    expect(nodes.map((n) => n.parentId)).toEqual([frame.id, frame.id, frame.id]);
    // Icons 24 px apart (their own width): a row of 3 × 48 − 24 = 120, centred in the frame.
    expect(nodes.map((n) => [n.x, n.y])).toEqual([
      [240, 88],
      [288, 88],
      [336, 88],
    ]);
    expect(landings[0]!.reveal).toEqual({ x: 5240, y: 3088, width: 120, height: 24 });
    expect(landings.slice(1).map((l) => l.reveal)).toEqual([undefined, undefined]);
  });

  it('keeps a batch’s row for its later items: a single landing meanwhile goes below it', async () => {
    const host = new FakeHost();
    const placer = new Placer(host);
    const first = await placer.placeAsync(
      { width: 100, height: 100, batch: batch(0, 4) },
      inserter(host, 100),
    );
    const single = await placer.placeAsync({ width: 100, height: 100 }, inserter(host, 100));
    const rest = [];
    for (const index of [1, 2, 3]) {
      rest.push(
        await placer.placeAsync({ width: 100, height: 100, batch: batch(index, 4) }, inserter(host, 100)),
      );
    }
    const row = host.nodes.get(first.value)!;
    const alone = host.nodes.get(single.value)!;
    expect(alone.y).toBeGreaterThanOrEqual(row.y + row.height);
    for (const landing of rest) expect(host.nodes.get(landing.value)!.y).toBe(row.y);
  });

  it('goes on placing after an insert failed', async () => {
    const host = new FakeHost();
    const placer = new Placer(host);
    const refused = placer.placeAsync({ width: 10, height: 10 }, () => Promise.reject(new Error('refused')));
    const next = placer.placeAsync({ width: 10, height: 10 }, inserter(host, 10));
    await expect(refused).rejects.toThrow('refused');
    expect(host.nodes.has((await next).value)).toBe(true);
  });
});

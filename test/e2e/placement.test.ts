/**
 * Where results land, in both hosts, through the real UI (issue 11's
 * placement bugs): a batch of eight lands in one row with equal gaps (its
 * anchor fixed when it starts, not drifting with each insert); two single
 * generations in a row never land on each other or on existing layers; with
 * a frame (board) selected, every item of a batch goes into it, not only the
 * first; an icon set's container, likewise.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import type { Host, PlaygroundSession } from './playground-session';
import { byName, overlaps, topLevelNamed, type SnapshotNode } from './scene';

const e2e = useE2e();
/** The fastest model at the mock, its smallest size: placement is the same for every model. */
const RASTER = 'recraft-v4-text-to-image';
/** The seeded document's frame (Figma) or board (Penpot). */
const FRAME: Readonly<Record<Host, string>> = { figma: 'Frame 1', penpot: 'Board 1' };

/** Generates `count` images from one press. */
async function generateBatchAsync(session: PlaygroundSession, prompt: string, count: number): Promise<void> {
  await session.ui.getByLabel('Images').fill(String(count));
  await session.generateAsync({ prompt, model: RASTER });
}

/** Waits until `count` nodes named `name` are inside `parentName` (the page when undefined). */
async function waitForNamedAsync(
  session: PlaygroundSession,
  name: string,
  count: number,
  parentName?: string,
): Promise<SnapshotNode[]> {
  let found: SnapshotNode[] = [];
  await expect
    .poll(
      async () => {
        const page = await session.snapshotAsync();
        const parent = parentName === undefined ? page : byName(page, parentName);
        found = parent ? topLevelNamed(parent, name) : [];
        return found.length;
      },
      { timeout: 60_000 },
    )
    .toBe(count);
  return found;
}

function expectApart(nodes: readonly SnapshotNode[]): void {
  for (const [i, a] of nodes.entries())
    for (const b of nodes.slice(i + 1)) expect(overlaps(a, b), `${a.name} on ${b.name}`).toBe(false);
}

describe.each(HOSTS)('%s: where results land', (host) => {
  it('lands a batch of eight in one row with equal gaps', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const prompt = `a row of paper lanterns (${host})`;
    const before = await session.snapshotAsync();
    await generateBatchAsync(session, prompt, 8);

    const items = await waitForNamedAsync(session, prompt, 8);
    // Give a ninth, or a late move, every chance to show before measuring.
    await session.page.waitForTimeout(1000);
    const row = topLevelNamed(await session.snapshotAsync(), prompt).sort(
      (a, b) => a.absoluteX - b.absoluteX,
    );
    expect(row).toHaveLength(items.length);
    expect(new Set(row.map((n) => n.absoluteY)).size, 'one row').toBe(1);
    const gaps = row.slice(1).map((n, i) => n.absoluteX - (row[i]!.absoluteX + row[i]!.width));
    expect(gaps[0]).toBeGreaterThan(0);
    expect(new Set(gaps), `gaps ${gaps.join(', ')}`).toEqual(new Set([gaps[0]]));
    for (const node of row)
      for (const other of before.children)
        expect(overlaps(node, other), `${node.name} on ${other.name}`).toBe(false);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('lands two single generations in a row clear of each other and of every layer', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const prompt = `a lighthouse on a cliff (${host})`;
    const before = await session.snapshotAsync();
    await session.generateAsync({ prompt, model: RASTER });
    await waitForNamedAsync(session, prompt, 1);
    await session.generateAsync({ prompt, model: RASTER });

    const results = await waitForNamedAsync(session, prompt, 2);
    expectApart(results);
    for (const result of results)
      for (const other of before.children)
        expect(overlaps(result, other), `${result.name} on ${other.name}`).toBe(false);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('puts every item of a batch into the frame selected when it started', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const prompt = `a tiny cactus sticker (${host})`;
    const frame = byName(await session.snapshotAsync(), FRAME[host])!;
    await session.selectAsync([frame.id]);
    await generateBatchAsync(session, prompt, 4);

    const inside = await waitForNamedAsync(session, prompt, 4, FRAME[host]);
    await session.page.waitForTimeout(1000);
    const page = await session.snapshotAsync();
    expect(topLevelNamed(page, prompt), 'none on the page').toEqual([]);
    expect(topLevelNamed(byName(page, FRAME[host])!, prompt)).toHaveLength(4);
    expectApart(inside);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('puts an icon set’s container into the frame selected when it started', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const frame = byName(await session.snapshotAsync(), FRAME[host])!;
    await session.selectAsync([frame.id]);
    const name = `Framed icons (${host})`;
    const subjects = ['home', 'bell', 'lock'];
    await session.generateSetAsync({ subjects, name });

    expect(await session.waitForSetSettledAsync(name)).toMatch(/^3 of 3 · /);
    const page = await session.snapshotAsync();
    expect(topLevelNamed(page, name), 'not on the page').toEqual([]);
    const [container] = topLevelNamed(byName(page, FRAME[host])!, name);
    expect(container?.children.map((n) => n.name).sort()).toEqual(subjects.map((s) => `icon/${s}`).sort());
    expect(await session.selectionAsync()).toEqual([frame.id]);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

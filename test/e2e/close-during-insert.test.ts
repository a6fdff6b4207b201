/**
 * Nothing paid is lost when the plugin closes mid-insert: the gateway has
 * finished and the result is being inserted when the plugin closes, during
 * each step the insertion awaits before its node exists (Penpot: the image
 * upload; Figma: looking up the frame it goes into, to decide, then to place
 * it). Penpot's runtime then deletes the plugin's globals under the running
 * code, Figma tears the sandbox down; either way the pending record must
 * survive, and the next open lands the result exactly once, without a second
 * generation.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { useE2e } from './e2e-suite';
import { RESULT_TIMEOUT, WAIT, type PlaygroundSession } from './playground-session';
import { allNodes, byName, type SnapshotNode } from './scene';

const RASTER = 'recraft-v4-text-to-image';
/** Long enough to close the plugin while the insert waits; the test waits on signals, never on this. */
const SLOW_INSERT_MS = 4000;
const e2e = useE2e();

const pendingKeys = (storage: Record<string, unknown>) =>
  Object.keys(storage).filter((k) => k.startsWith('pending:'));
const named = (page: SnapshotNode, name: string) => allNodes(page).filter((n) => n.name === name);
const insertsInFlight = (session: PlaygroundSession) =>
  session.page.evaluate(() => window.playground.insertsInFlight());
const insertsStarted = (session: PlaygroundSession) =>
  session.page.evaluate(() => window.playground.insertsStarted());
const slowInserts = (session: PlaygroundSession, ms: number) =>
  session.page.evaluate((delay) => window.playground.slowInserts(delay), ms);

/** Each host, closed during each step its insertion awaits before the node exists. */
const CASES = [
  ['figma', 'the frame lookup that decides the target', 1],
  ['figma', 'the frame lookup that places the node', 2],
  ['penpot', 'the image upload', 1],
] as const;

describe.each(CASES)('%s: closing the plugin during %s', (host, _what, step) => {
  it('keeps the task pending and inserts its result exactly once on reopen', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const logFrom = mock.log().length;
    const requests = () => mock.log().slice(logFrom);
    const prompt = `a lighthouse at dusk, closed mid-insert (${host}, step ${step})`;
    if (host === 'figma') {
      // Figma's insertion awaits Figma only to look up the frame (or shape) a result goes into.
      await session.selectAsync([byName(await session.snapshotAsync(), 'Frame 1')!.id]);
    }
    await slowInserts(session, SLOW_INSERT_MS);
    await session.generateAsync({ prompt, model: RASTER });

    // The gateway finished, the file was downloaded, the insert is under way: close now.
    await expect
      .poll(() => requests().some((e) => e.path.startsWith('/files/') && e.status === 200), {
        timeout: RESULT_TIMEOUT,
      })
      .toBe(true);
    await expect.poll(() => insertsStarted(session), WAIT).toBeGreaterThanOrEqual(step);
    expect(await insertsStarted(session)).toBe(step);
    expect(await insertsInFlight(session)).toBeGreaterThan(0);
    await session.closePluginAsync();
    expect(pendingKeys(await session.storageAsync())).toHaveLength(1);

    // Let the interrupted step run out, and whatever the closed plugin's code then does.
    await expect.poll(() => insertsInFlight(session), { timeout: SLOW_INSERT_MS + 15_000 }).toBe(0);
    expect(pendingKeys(await session.storageAsync())).toHaveLength(1);
    expect(named(await session.snapshotAsync(), prompt)).toEqual([]);

    await slowInserts(session, 0);
    await session.reopenAsync();
    await session.expectVisibleAsync(session.task(prompt).getByText('Done'));
    await expect.poll(async () => pendingKeys(await session.storageAsync()), WAIT).toEqual([]);
    await expect.poll(() => insertsInFlight(session), WAIT).toBe(0);

    const landed = named(await session.snapshotAsync(), prompt);
    expect(landed).toHaveLength(1);
    expect(landed[0]!.fills.map((f) => f.type)).toEqual(['IMAGE']);
    expect(requests().filter((e) => e.method === 'POST')).toHaveLength(1);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

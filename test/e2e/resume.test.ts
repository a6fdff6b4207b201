/**
 * Never lose a paid result: close the plugin while two tasks run, reopen it,
 * and both results land on the canvas exactly once (issues 4 and 6).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { WAIT } from './playground-session';
import { topLevelNamed } from './scene';

// Long enough that both tasks are surely still running when the plugin closes.
const e2e = useE2e({ durationMs: 4000 });

const pendingKeys = (storage: Record<string, unknown>) =>
  Object.keys(storage).filter((k) => k.startsWith('pending:'));

describe.each(HOSTS)('%s: closing mid-generation', (host) => {
  it('resumes both tasks on reopen and inserts each result exactly once', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const tasksBefore = mock.tasks().length;
    const vector = `a compass rose emblem (${host})`;
    const raster = `a misty pine forest (${host})`;
    await session.generateAsync({ prompt: vector, model: 'recraft-v4-text-to-vector' });
    await session.generateAsync({ prompt: raster, model: 'recraft-v4-text-to-image' });

    // Both accepted by the gateway and written to storage: now close, mid-generation.
    await expect.poll(() => mock.tasks().length - tasksBefore, WAIT).toBe(2);
    await expect.poll(async () => pendingKeys(await session.storageAsync()).length, WAIT).toBe(2);
    await session.closePluginAsync();
    const page = await session.snapshotAsync();
    expect(topLevelNamed(page, vector).length + topLevelNamed(page, raster).length).toBe(0);

    // Let the gateway finish both while the plugin is closed.
    const finishAt = Math.max(...mock.tasks().map((t) => t.finishAt));
    await expect.poll(() => Date.now() >= finishAt, { timeout: 20_000 }).toBe(true);
    await session.reopenAsync();

    await session.waitForTopLevelAsync(vector);
    await session.waitForTopLevelAsync(raster);
    await expect.poll(async () => pendingKeys(await session.storageAsync()), { timeout: 30_000 }).toEqual([]);
    // Give a duplicate every chance to appear before counting.
    await session.page.waitForTimeout(3000);
    const after = await session.snapshotAsync();
    expect(topLevelNamed(after, vector)).toHaveLength(1);
    expect(topLevelNamed(after, raster)).toHaveLength(1);
    expect(mock.tasks().length - tasksBefore).toBe(2);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

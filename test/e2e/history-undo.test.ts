/**
 * History delete with undo, end to end in both hosts' sandboxes: a deleted entry is hidden but kept (its
 * file too) while it can be undone, Undo brings it back, and a plugin closed within the window leaves it
 * to be deleted on the next open. Sent from inside the plugin window as its UI sends them.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { STORE_KEYS } from '../../core/storage/store';
import { HOSTS, useE2e } from './e2e-suite';
import { sendFromUiAsync } from './send-from-ui';
import { WAIT, type PlaygroundSession } from './playground-session';

const e2e = useE2e();

async function storedAsync(session: PlaygroundSession) {
  const stored = await session.storageAsync();
  const index = (stored[STORE_KEYS.historyIndex] ?? []) as { id: string; taskId: string }[];
  const trash = (stored[STORE_KEYS.historyTrash] ?? []) as { entryId: string }[];
  return { ids: index.map((e) => e.id), hidden: trash.map((t) => t.entryId), stored };
}

describe.each(HOSTS)('%s: History delete with undo', (host) => {
  it('hides, brings back with Undo, and deletes on the next open what a closed plugin left hidden', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    await session.generateNodeAsync({ prompt: `a teapot (${host})` });
    await expect.poll(async () => (await storedAsync(session)).ids.length, WAIT).toBe(1);
    const [entryId] = (await storedAsync(session)).ids;

    await sendFromUiAsync(session, { type: 'delete-history', entryId });
    await expect.poll(async () => (await storedAsync(session)).hidden, WAIT).toEqual([entryId]);
    const kept = await storedAsync(session);
    expect(kept.ids).toEqual([entryId]);
    expect(kept.stored[STORE_KEYS.historyBlobPrefix + entryId!]).toBeDefined();

    await sendFromUiAsync(session, { type: 'undo-delete-history', entryId });
    await expect.poll(async () => (await storedAsync(session)).hidden, WAIT).toEqual([]);

    await sendFromUiAsync(session, { type: 'delete-history', entryId });
    await expect.poll(async () => (await storedAsync(session)).hidden, WAIT).toEqual([entryId]);
    await session.closePluginAsync();
    await session.reopenAsync();
    await expect.poll(async () => (await storedAsync(session)).ids, WAIT).toEqual([]);
    const after = await storedAsync(session);
    expect(after.hidden).toEqual([]);
    expect(after.stored[STORE_KEYS.historyBlobPrefix + entryId!]).toBeUndefined();
    expect(await session.errorsAsync()).toEqual([]);
  });
});

/**
 * No poison pills, nothing paid lost: the gateway serves a vector result the
 * SVG pipeline rejects (not well-formed). The task ends at once as "could
 * not be inserted" with its reason; History keeps the raw file, which
 * Download file saves as it was served; reopening the plugin runs nothing of
 * it again (no new download of its file), and the page answers throughout.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { RESULT_TIMEOUT, WAIT, type PlaygroundSession } from './playground-session';
import { allNodes } from './scene';

const VECTOR = 'recraft-v4-text-to-vector';
/** Ends with its root closed (so not a download cut short) but the <g> is never closed: not well-formed. */
const MALFORMED =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
  '<g><path d="M4 4L60 60" stroke="#e63946"/></svg>';

const e2e = useE2e();
afterEach(() => e2e.world().mock.setSvgOverride(null));

const pendingKeys = (storage: Record<string, unknown>) =>
  Object.keys(storage).filter((k) => k.startsWith('pending:'));
const historyItem = (session: PlaygroundSession, prompt: string) =>
  session.ui.getByRole('list', { name: 'History' }).getByRole('listitem').filter({ hasText: prompt });

describe.each(HOSTS)('%s: a result the SVG pipeline rejects', (host) => {
  it('ends as could not be inserted, keeps the raw file in History, and never runs again', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const logFrom = mock.log().length;
    const requests = () => mock.log().slice(logFrom);
    mock.setSvgOverride(MALFORMED);
    const prompt = `a broken drawing that must not be lost (${host})`;
    await session.generateAsync({ prompt, model: VECTOR });

    // The task ends with its reason, once.
    const row = session.task(prompt);
    await session.expectVisibleAsync(row.getByRole('alert'));
    const said = await row.getByRole('alert').innerText();
    expect(said).toMatch(/^Could not be inserted\. The SVG result was not inserted: it is not well-formed\./);
    expect(said).toMatch(/kept in History: Download file, or Try inserting again/);
    await expect.poll(async () => pendingKeys(await session.storageAsync()), WAIT).toEqual([]);
    expect(allNodes(await session.snapshotAsync()).filter((n) => n.name === prompt)).toEqual([]);

    // History lists the raw file; Download file saves it exactly as the gateway served it.
    await session.showViewAsync('History');
    const entry = historyItem(session, prompt);
    await session.expectVisibleAsync(
      entry.getByText(/^Could not be inserted: The SVG result was not inserted/),
    );
    await session.expectVisibleAsync(entry.getByRole('button', { name: 'Try inserting again' }));
    const [download] = await Promise.all([
      session.page.waitForEvent('download', { timeout: RESULT_TIMEOUT }),
      entry.getByRole('button', { name: 'Download file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^a-broken-drawing-that-must-not-be-lost-.*\.svg$/);
    expect(await readFile((await download.path())!, 'utf8')).toBe(MALFORMED);

    const fileGets = () => requests().filter((e) => e.method === 'GET' && e.path.startsWith('/files/'));
    expect(fileGets()).toHaveLength(1);
    const brokenFile = fileGets()[0]!.path;

    // Reopen, then land a healthy result: whatever the open would resume has had its turn by then.
    mock.setSvgOverride(null);
    await session.reopenAsync();
    await session.showViewAsync('History');
    await session.expectVisibleAsync(historyItem(session, prompt).getByText(/^Could not be inserted/));
    const healthy = `a healthy drawing after reopening (${host})`;
    await session.generateNodeAsync({ prompt: healthy, model: VECTOR });
    expect(requests().filter((e) => e.path === brokenFile)).toHaveLength(1);
    expect(requests().filter((e) => e.method === 'POST')).toHaveLength(2);
    expect(await session.task(prompt).count()).toBe(0);

    // The page answers, and nothing went wrong on it.
    expect((await session.snapshotAsync()).children.length).toBeGreaterThan(0);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

/**
 * The API key: entered once in the real UI, kept in the host's per-user
 * storage (never shown again, never in the document), remembered when the
 * plugin is reopened.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';

const e2e = useE2e();

describe.each(HOSTS)('%s: API key', (host) => {
  it('is saved from the key panel into per-user storage and never shown again', async () => {
    const session = await e2e.openAsync(host);
    const field = session.ui.getByRole('textbox', { name: 'API key', exact: true });
    expect(await field.getAttribute('type')).toBe('password');
    await session.enterKeyAsync(DEMO_KEY);

    expect(await session.ui.getByRole('button', { name: 'Forget key' }).isVisible()).toBe(true);
    expect(await session.ui.locator('body').innerText()).not.toContain(DEMO_KEY);
    const storage = await session.storageAsync();
    expect(storage['api-key']).toBe(DEMO_KEY);
    expect(JSON.stringify(await session.snapshotAsync())).not.toContain(DEMO_KEY);
  });

  it('is remembered when the plugin is closed and reopened', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    await session.closePluginAsync();
    expect(await session.page.evaluate(() => window.playground.isOpen())).toBe(false);

    await session.reopenAsync();
    await session.expectVisibleAsync(session.keySaved(), 10_000);
    expect(await session.ui.getByRole('textbox', { name: 'API key', exact: true }).count()).toBe(0);
    await session.ui.getByLabel('Prompt').fill('a teapot with a face');
    expect(await session.ui.getByRole('button', { name: /^Generate/ }).isEnabled()).toBe(true);
  });
});

/**
 * The brand kit lives in the document (issue 13), end to end in both hosts' adapters and the playground's
 * emulations: saved from one user's plugin window, it is what a teammate (another user's storage, the same
 * document) is sent at init; a kit the one rule refuses changes nothing. Sent from inside the plugin window
 * as its UI sends them, so the test does not depend on the window's controls.
 */
import { describe, expect, it } from 'vitest';
import { BRAND_KIT_VERSION, type BrandKit } from '../../core/brand/types';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { WAIT, type PlaygroundSession } from './playground-session';
import { sendFromUiAsync } from './send-from-ui';

const e2e = useE2e();

const KIT: BrandKit = {
  version: BRAND_KIT_VERSION,
  palette: [
    { role: 'primary', hex: '#4f46e5' },
    { role: 'accent', hex: '#f59e0b' },
  ],
  styleWords: 'flat, rounded, friendly',
  icon: { size: 32, padding: 2, colourMode: 'palette' },
  prefix: 'acme',
  vectorModel: 'recraft-v4-text-to-vector',
  rasterModel: 'recraft-v4-text-to-image',
};

/** What the sandbox sends the plugin window, as the window receives it (Figma wraps it in pluginMessage). */
async function listenAsync(session: PlaygroundSession): Promise<void> {
  await session.ui.locator('body').evaluate((_, host) => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    addEventListener('message', (event: MessageEvent) => {
      const data = host === 'figma' ? (event.data as { pluginMessage?: unknown })?.pluginMessage : event.data;
      if (data) seen.push(data);
    });
  }, session.host);
}

async function receivedAsync(session: PlaygroundSession, type: string): Promise<Record<string, unknown>[]> {
  const seen = await session.ui
    .locator('body')
    .evaluate(() => (window as unknown as { seen: Record<string, unknown>[] }).seen);
  return seen.filter((m) => m.type === type);
}

describe.each(HOSTS)('%s: the brand kit in the document', (host) => {
  it('saved by one user, it is what a teammate with their own storage is sent at init', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    await listenAsync(session);
    await sendFromUiAsync(session, { type: 'save-brand-kit', requestId: 'kit-1', kit: KIT });
    await expect.poll(async () => (await receivedAsync(session, 'brand-kit')).length, WAIT).toBe(1);
    expect((await receivedAsync(session, 'brand-kit'))[0]).toMatchObject({ requestId: 'kit-1', kit: KIT });
    const documentData = () => session.page.evaluate(() => window.playground.documentData());
    expect(Object.keys(await documentData())).toContain('recraft-brand-kit');
    expect(JSON.stringify(await session.storageAsync())).not.toContain('flat, rounded');

    // A teammate opens the same document: their own storage (no key of the first user's), the same kit.
    expect(await session.page.evaluate(() => window.playground.user('teammate'))).toBe('teammate');
    await session.reopenAsync();
    expect(JSON.stringify(await session.storageAsync())).not.toContain(DEMO_KEY);
    await listenAsync(session);
    await sendFromUiAsync(session, { type: 'ui-ready' });
    await expect.poll(async () => (await receivedAsync(session, 'init')).length, WAIT).toBe(1);
    expect((await receivedAsync(session, 'init'))[0]!.brandKit).toEqual(KIT);

    // A kit the one rule refuses (two colours with one role) is answered with why, and changes nothing.
    const before = await documentData();
    const twice = { ...KIT, palette: [KIT.palette[0], { role: 'primary', hex: '#000000' }] };
    await sendFromUiAsync(session, { type: 'save-brand-kit', requestId: 'kit-2', kit: twice });
    await expect.poll(async () => (await receivedAsync(session, 'error')).length, WAIT).toBe(1);
    expect((await receivedAsync(session, 'error'))[0]).toMatchObject({ requestId: 'kit-2' });
    expect(await documentData()).toEqual(before);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

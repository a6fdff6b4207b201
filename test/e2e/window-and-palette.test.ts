/**
 * What the plugin keeps between opens, end to end in both hosts' adapters and the playground's emulations:
 * the window's size (per user, clamped, applied by the host's resize API and opened at next time) and the
 * palette the designer typed (in the document: Figma's root, Penpot's file). Sent from inside the plugin
 * window as its UI sends them, so the test does not depend on the window's controls.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { STORE_KEYS } from '../../core/storage/store';
import { DEFAULT_UI_SIZE, UI_SIZE_LIMITS } from '../../core/ui-size';
import { HOSTS, useE2e } from './e2e-suite';
import { sendFromUiAsync } from './send-from-ui';
import { UI_FRAME, WAIT, type PlaygroundSession } from './playground-session';

const e2e = useE2e();

async function frameSizeAsync(session: PlaygroundSession) {
  const box = await session.page.locator(UI_FRAME[session.host]).boundingBox();
  return box && { width: Math.round(box.width), height: Math.round(box.height) };
}

describe.each(HOSTS)('%s: kept between opens', (host) => {
  it('the window size: resized within the limits, remembered per user, opened at', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    // The frame is the window less the host's own chrome (Penpot's modal has a border): widths are compared
    // by how much they grew.
    const opened = (await frameSizeAsync(session))!.width;
    await sendFromUiAsync(session, { type: 'resize', width: DEFAULT_UI_SIZE.width + 120, height: 5_000 });
    const clamped = { width: DEFAULT_UI_SIZE.width + 120, height: UI_SIZE_LIMITS.maxHeight };
    await expect.poll(async () => (await session.storageAsync())[STORE_KEYS.uiSize], WAIT).toEqual(clamped);
    await expect.poll(async () => (await frameSizeAsync(session))?.width, WAIT).toBe(opened + 120);

    await session.closePluginAsync();
    await session.reopenAsync();
    await expect.poll(async () => (await frameSizeAsync(session))?.width, WAIT).toBe(opened + 120);
  });

  it('the typed palette: kept in the document, checked colour by colour', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    await sendFromUiAsync(session, { type: 'save-palette', palette: ['#FF0000', 'not a colour', '0f0'] });
    const documentData = () => session.page.evaluate(() => window.playground.documentData());
    await expect.poll(documentData, WAIT).toEqual({ 'recraft-palette': '["#ff0000","#00ff00"]' });
    // Per document, not per user: nothing of it in the user's storage.
    expect(JSON.stringify(await session.storageAsync())).not.toContain('#ff0000');
    await session.closePluginAsync();
    await session.reopenAsync();
    expect(await documentData()).toEqual({ 'recraft-palette': '["#ff0000","#00ff00"]' });
    expect(await session.errorsAsync()).toEqual([]);
  });
});

/**
 * The playground's Penpot mode is Penpot's own plugin runtime, not an
 * emulation of it: the page is locked down by SES, the UI lives in the
 * runtime's <plugin-modal> with the plugin's own origin, and a bundle SES
 * refuses is refused here too, with SES's error code in playground.errors().
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../dev/static-server';
import { useE2e } from './e2e-suite';
import { playgroundUrl } from './harness';

const e2e = useE2e();

/** A plugin whose code holds an HTML comment token in a string, as our bundle once did. */
const REFUSED_PLUGIN = `const skip = "-->";\npenpot.ui.open('Refused', '/ui.html', { width: 300, height: 300 });\n`;

describe('penpot: the real plugin runtime', () => {
  it('hardens the page, hosts the UI in <plugin-modal> with the plugin’s own origin', async () => {
    const session = await e2e.openAsync('penpot');
    const page = await session.page.evaluate(() => {
      const modal = document.querySelector('plugin-modal');
      return {
        frozen: Object.isFrozen(Object.prototype) && Object.isFrozen(Array.prototype),
        modalSrc: modal?.getAttribute('iframe-src') ?? '',
        sandbox: modal?.shadowRoot?.querySelector('iframe')?.getAttribute('sandbox') ?? '',
      };
    });
    expect(page.frozen).toBe(true);
    expect(new URL(page.modalSrc).origin).toBe(e2e.world().penpot.origin);
    expect(new URL(page.modalSrc).searchParams.get('theme')).toBe('light');
    expect(page.sandbox.split(/\s+/)).toContain('allow-same-origin');

    const ui = session.page.frames().find((f) => f.url().startsWith(e2e.world().penpot.origin));
    expect(await ui?.evaluate(() => location.origin)).toBe(e2e.world().penpot.origin);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('refuses a bundle holding "-->" before a line of it runs, and says why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'refused-plugin-'));
    const server = await serveStatic({ root: dir, port: 0 });
    try {
      const manifest = { name: 'Refused', code: '/plugin.js', permissions: ['content:read'] };
      await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
      await writeFile(join(dir, 'plugin.js'), REFUSED_PLUGIN);
      const context = await e2e.world().browser.newContext();
      const page = await context.newPage();
      const url = new URL(playgroundUrl(e2e.world(), 'penpot'));
      url.searchParams.set('penpot', server.origin);
      await page.goto(url.href);
      await page.waitForFunction(() => window.playground.errors().length > 0);
      const errors = await page.evaluate(() => window.playground.errors());
      expect(errors.join('\n')).toContain('SES_HTML_COMMENT_REJECTED');
      expect(await page.evaluate(() => window.playground.isOpen())).toBe(false);
      expect(await page.locator('plugin-modal').count()).toBe(0);
      await context.close();
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

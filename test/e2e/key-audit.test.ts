/**
 * The key reaches only the API origin. A full session — key entry, a vector
 * and a raster generation, a close and reopen — is recorded request by
 * request across every frame: the Authorization header appears only on
 * requests to the API base's origin, and the key appears nowhere else: not
 * in a URL, a body, another header, the mock's log, the document or the
 * plugin's other storage entries.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { playgroundUrl } from './harness';
import { PlaygroundSession } from './playground-session';
import { expectKeyOnlyTo, recordRequests } from './request-audit';

// Only the world: this test opens its own context, to record it from the first request.
const e2e = useE2e();

describe.each(HOSTS)('%s: where the key goes', (host) => {
  it('only in the Authorization header of requests to the API origin', async () => {
    const world = e2e.world();
    const context = await world.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const audit = recordRequests(context);
    const session = new PlaygroundSession(await context.newPage(), host);
    try {
      await session.page.goto(playgroundUrl(world, host));
      await session.readyAsync();
      await session.enterKeyAsync(DEMO_KEY);
      await session.generateAsync({ prompt: `an owl reading (${host})`, model: 'recraft-v4-text-to-vector' });
      await session.generateAsync({
        prompt: `a desert at noon (${host})`,
        model: 'recraft-v4-text-to-image',
      });
      await session.waitForTopLevelAsync(`an owl reading (${host})`);
      await session.waitForTopLevelAsync(`a desert at noon (${host})`);
      await session.closePluginAsync();
      await session.reopenAsync();
      await audit.settleAsync();

      const apiOrigin = new URL(world.mock.apiBase).origin;
      expectKeyOnlyTo(audit.requests, apiOrigin, DEMO_KEY);

      expect(JSON.stringify(world.mock.log())).not.toContain(DEMO_KEY);
      expect(JSON.stringify(await session.snapshotAsync())).not.toContain(DEMO_KEY);
      const { ['api-key']: stored, ...rest } = await session.storageAsync();
      expect(stored).toBe(DEMO_KEY);
      expect(JSON.stringify(rest)).not.toContain(DEMO_KEY);
      expect(await session.errorsAsync()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

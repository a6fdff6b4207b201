/**
 * Honest copy, end to end in both hosts: a generation whose API base refuses the connection says it most
 * likely was not sent (the probe of the base could not connect either), never that it may have been
 * charged, and the charge notice is still kept (a browser cannot prove nothing left).
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { userError } from '../../core/errors/catalogue';
import { STORE_KEYS } from '../../core/storage/store';
import { HOSTS, useE2e } from './e2e-suite';
import { WAIT } from './playground-session';

const e2e = useE2e();

/** A local port nothing listens on: opened, then closed again. */
async function closedPortAsync(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(HOSTS)('%s: a refused connection', (host) => {
  it('reads "could not connect: most likely nothing was sent", not "it may have been charged"', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const { ui } = session;
    await ui.getByText('Advanced', { exact: true }).click();
    await ui.getByLabel('API base URL').fill(`http://127.0.0.1:${await closedPortAsync()}/api/v1`);
    await ui.getByRole('button', { name: 'Save API base URL' }).click();

    await session.generateAsync({ prompt: `a paper boat (${host})` });
    const said = userError('not-connected').message;
    await expect.poll(() => ui.locator('body').innerText(), WAIT).toContain(said);
    expect(await ui.locator('body').innerText()).not.toContain(userError('ambiguous').message);
    // Not proven unsent: the notice that it may have been charged is kept until dismissed.
    const stored = await session.storageAsync();
    expect(Object.keys(stored).filter((k) => k.startsWith(STORE_KEYS.chargeNoticePrefix))).toHaveLength(1);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

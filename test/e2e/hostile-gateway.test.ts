/**
 * A hostile gateway, end to end in both hosts: server text that echoes the
 * key reaches the designer redacted (the UI, the plugin's storage, the
 * editor's notifications), and a generation POST answered with a
 * cross-origin redirect is an error, sent once and never followed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, useE2e } from './e2e-suite';
import { topLevelNamed } from './scene';
import { WAIT } from './playground-session';

const e2e = useE2e();
afterEach(() => {
  e2e.world().mock.clearFaults();
});

/** A key of this file's own: the playground page shows the demo key, so only another one can be looked for on it. */
const KEY = 'aio_e2e_hostile_7f3a9c51d2';
beforeAll(() => {
  e2e.world().mock.setBalance(KEY, 1000);
});

/** Where the redirect points: another origin that records whatever reaches it (nothing should). */
let target: { server: Server; origin: string; requests: string[] } | undefined;
beforeAll(async () => {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' });
    response.end('{"data":{"task_id":"stolen_task"}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  target = { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
});
afterAll(() => new Promise<void>((resolve) => (target ? target.server.close(() => resolve()) : resolve())));

const generationPosts = () =>
  e2e
    .world()
    .mock.log()
    .filter((e) => e.method === 'POST' && e.path.endsWith('/images/generations'));

describe.each(HOSTS)('%s: a hostile gateway', (host) => {
  it('server text echoing the key shows no key in the UI, storage or notifications', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: KEY });

    // A refused generation whose message repeats the key, as some upstream errors do.
    mock.addFault({
      method: 'POST',
      kind: {
        type: 'status',
        status: 400,
        body: JSON.stringify({ error: { message: `Upstream refused key ${KEY} (Bearer ${KEY})` } }),
      },
    });
    await session.generateAsync({ prompt: `an echo chamber (${host})`, model: 'recraft-v4-text-to-vector' });
    await session.expectVisibleAsync(
      session.ui.getByRole('alert').filter({ hasText: 'Upstream refused key' }).first(),
    );

    // A generation that fails on the gateway with the key in its reason.
    mock.failNextTask(`Upstream auth failed for ${KEY}`);
    const failing = `a mirror maze (${host})`;
    await session.generateAsync({ prompt: failing, model: 'recraft-v4-text-to-vector' });
    await session.expectVisibleAsync(session.task(failing).getByRole('alert'));

    const ui = await session.ui.locator('body').innerText();
    expect(ui).toContain('The gateway refused the request: Upstream refused key [key] (Bearer [key])');
    expect(ui).toContain('The generation failed: Upstream auth failed for [key]');
    expect(ui).not.toContain(KEY);
    expect(await session.page.locator('body').innerText()).not.toContain(KEY);
    const { ['api-key']: stored, ...rest } = await session.storageAsync();
    expect(stored).toBe(KEY);
    expect(JSON.stringify(rest)).not.toContain(KEY);
    const notifications = await session.page.evaluate(() => window.playground.notifications());
    expect(JSON.stringify(notifications)).not.toContain(KEY);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('a cross-origin redirect on the POST is an error; one POST, nothing followed', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: KEY });
    mock.clearLog();
    const location = `${target!.origin}/api/v1/images/generations`;
    mock.addFault({ method: 'POST', kind: { type: 'redirect', location } });
    const prompt = `a signpost pointing away (${host})`;
    await session.generateAsync({ prompt, model: 'recraft-v4-text-to-vector' });

    // A browser hides a redirect's target from 'manual' fetches, so the message cannot name it.
    const alert = session.task(prompt).getByRole('alert');
    await session.expectVisibleAsync(alert);
    expect(await alert.innerText()).toMatch(/^The gateway redirected the request; it was not followed\./);
    // The error is shown once the client has given up: any replay would already have been sent.
    await expect.poll(() => generationPosts().map((e) => e.status), WAIT).toEqual([307]);
    expect(target!.requests).toEqual([]);
    expect(mock.tasks().filter((t) => t.prompt === prompt)).toEqual([]);
    expect(topLevelNamed(await session.snapshotAsync(), prompt)).toEqual([]);
  });
});

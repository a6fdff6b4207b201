/**
 * What the designer reads when the gateway says no: a refused key (401) and
 * an empty balance (402), each in an alert with its own clear message, and
 * nothing placed on the canvas.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { openPlaygroundAsync, startE2eAsync, stopE2eAsync, type E2eWorld } from './harness';
import type { Host, PlaygroundSession } from './playground-session';
import { topLevelNamed } from './scene';

const HOSTS: Host[] = ['figma', 'penpot'];
let world: E2eWorld | undefined;
let session: PlaygroundSession | undefined;

beforeAll(async () => {
  world = await startE2eAsync();
});
afterEach(async () => {
  world?.mock.setBalance(DEMO_KEY, 1000);
  await session?.disposeAsync();
  session = undefined;
});
afterAll(() => stopE2eAsync(world));

describe.each(HOSTS)('%s: gateway refusals', (host) => {
  it('a wrong key is refused (401) with a message about the key', async () => {
    session = await openPlaygroundAsync(world!, host);
    await session.enterKeyAsync('aio_not_a_real_key_0000');
    const prompt = `a lighthouse at dusk (${host})`;
    await session.generateAsync({ prompt, model: 'recraft-v4-text-to-vector' });

    const alert = session.ui.getByRole('alert').filter({ hasText: /key/i });
    await session.expectVisibleAsync(alert.first());
    expect(await alert.first().innerText()).toMatch(/refused|invalid|wrong/i);
    expect(world!.mock.log().some((e) => e.path.endsWith('/images/generations') && e.status === 401)).toBe(
      true,
    );
    expect(topLevelNamed(await session.snapshotAsync(), prompt)).toEqual([]);
  });

  it('an empty balance (402) says to top up credits', async () => {
    world!.mock.setBalance(DEMO_KEY, 0);
    session = await openPlaygroundAsync(world!, host);
    await session.enterKeyAsync(DEMO_KEY);
    const prompt = `a paper plane icon (${host})`;
    await session.generateAsync({ prompt, model: 'recraft-v4-text-to-vector' });

    const alert = session.ui.getByRole('alert').filter({ hasText: /credit/i });
    await session.expectVisibleAsync(alert.first());
    expect(await alert.first().innerText()).toMatch(/top up|balance/i);
    expect(world!.mock.log().some((e) => e.path.endsWith('/images/generations') && e.status === 402)).toBe(
      true,
    );
    expect(topLevelNamed(await session.snapshotAsync(), prompt)).toEqual([]);
  });
});

/**
 * What the designer reads when the gateway says no: a refused key (401) and
 * an empty balance (402), each in an alert with its own clear message, and
 * nothing placed on the canvas.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { topLevelNamed } from './scene';

const e2e = useE2e();
// The 402 test empties the demo balance; refill it so no later test inherits that.
afterEach(() => {
  e2e.world().mock.setBalance(DEMO_KEY, 1000);
});

/** Whether the mock's log holds a generation request it answered with this status. */
const generationAnswered = (status: number) =>
  e2e
    .world()
    .mock.log()
    .some((e) => e.path.endsWith('/images/generations') && e.status === status);

describe.each(HOSTS)('%s: gateway refusals', (host) => {
  it('a wrong key is refused (401) with a message about the key', async () => {
    const session = await e2e.openAsync(host, { key: 'aio_not_a_real_key_0000' });
    const prompt = `a lighthouse at dusk (${host})`;
    await session.generateAsync({ prompt, model: 'recraft-v4-text-to-vector' });

    const alert = session.ui.getByRole('alert').filter({ hasText: /key/i });
    await session.expectVisibleAsync(alert.first());
    expect(await alert.first().innerText()).toMatch(/refused|invalid|wrong/i);
    expect(generationAnswered(401)).toBe(true);
    expect(topLevelNamed(await session.snapshotAsync(), prompt)).toEqual([]);
  });

  it('an empty balance (402) says to top up credits', async () => {
    e2e.world().mock.setBalance(DEMO_KEY, 0);
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const prompt = `a paper plane icon (${host})`;
    await session.generateAsync({ prompt, model: 'recraft-v4-text-to-vector' });

    const alert = session.ui.getByRole('alert').filter({ hasText: /credit/i });
    await session.expectVisibleAsync(alert.first());
    expect(await alert.first().innerText()).toMatch(/top up|balance/i);
    expect(generationAnswered(402)).toBe(true);
    expect(topLevelNamed(await session.snapshotAsync(), prompt)).toEqual([]);
  });
});

/**
 * What the designer reads when the gateway says no: a refused key (401) and
 * an empty balance (402), each in an alert with its own clear message, and
 * nothing placed on the canvas. And when there is no key to ask with: a task
 * polled after Forget key says so, not that a key was refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { E2E_DURATIONS } from './harness';
import { topLevelNamed } from './scene';

const e2e = useE2e();
// The 402 test empties the demo balance; refill it so no later test inherits that.
afterEach(() => {
  e2e.world().mock.setBalance(DEMO_KEY, 1000);
  e2e.world().mock.setDuration(E2E_DURATIONS!);
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

  it('Forget key while a task is generating: the next poll says no key is saved, not that it was refused', async () => {
    // Long enough to still be generating when the key goes.
    e2e.world().mock.setDuration(120_000);
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const prompt = `a compass rose (${host})`;
    await session.generateAsync({ prompt, model: 'recraft-v4-text-to-vector' });
    const polled = () =>
      e2e
        .world()
        .mock.log()
        .some((e) => e.method === 'GET' && e.path.includes('/tasks/') && e.status === 200);
    await expect.poll(polled, { timeout: 30_000 }).toBe(true);

    await session.ui.getByRole('button', { name: 'Forget key' }).click();
    const noKey = 'No API key is saved: enter your key above.';
    await session.expectVisibleAsync(session.task(prompt).getByText(noKey), 30_000);
    // The key panel says the same, as an alert; nothing anywhere calls it refused.
    await session.expectVisibleAsync(session.ui.getByRole('alert').filter({ hasText: noKey }).first());
    expect(await session.ui.locator('body').innerText()).not.toMatch(/refused/i);
    // No poll went out without a key (a CORS preflight never carries one).
    const keyless = e2e
      .world()
      .mock.log()
      .filter((e) => e.method === 'GET' && e.path.includes('/tasks/') && !e.authorized);
    expect(keyless).toEqual([]);
  });
});

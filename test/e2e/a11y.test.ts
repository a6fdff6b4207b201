/**
 * WCAG 2.2 AA in the plugin window: axe-core runs inside its frame in every state a designer meets (no
 * key, idle, running, still running, error, History, an icon set running), in the light and the dark
 * theme, in both hosts, and any serious or critical violation fails the test, named with its elements.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { seriousViolationsAsync, uiFrameAsync } from './a11y-support';
import { HOSTS, useE2e } from './e2e-suite';
import { E2E_DURATIONS } from './harness';
import { WAIT, type PlaygroundSession } from './playground-session';

const e2e = useE2e();
afterEach(() => {
  e2e.world().mock.setBalance(DEMO_KEY, 1000);
  e2e.world().mock.setDuration(E2E_DURATIONS!);
});

/** Long enough for a task to be still running whatever the machine's load. */
const NEVER = 600_000;

/** axe in both themes, the state left as it was; returns "state/theme: rule (elements)" lines. */
async function auditAsync(session: PlaygroundSession, state: string): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await session.themeAsync(theme);
    await session.ui.locator(`html[data-theme='${theme}']`).waitFor({ state: 'attached' });
    for (const v of await seriousViolationsAsync(session))
      found.push(`${state}/${theme}: ${v.id} (${v.impact}) ${v.nodes.join(' | ')}`);
  }
  await session.themeAsync('light');
  return found;
}

/**
 * Moves the clock of whoever follows tasks (Figma: the sandbox, in the playground page; Penpot: the
 * plugin window) an hour on, so a running task meets its deadline at its next poll; `0` puts it back.
 */
async function shiftClockAsync(session: PlaygroundSession, ms: number): Promise<void> {
  const shift = (offset: number) => {
    const w = window as unknown as { realNow?: () => number };
    w.realNow ??= Date.now.bind(Date);
    const real = w.realNow;
    Date.now = () => real() + offset;
  };
  await session.page.evaluate(shift, ms);
  await (await uiFrameAsync(session)).evaluate(shift, ms);
}

describe.each(HOSTS)('%s: the plugin window to WCAG 2.2 AA (axe-core)', (host) => {
  it('has no serious or critical violation in any state, light or dark', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host);
    const { ui } = session;
    const found: string[] = [];
    expect(await ui.getByRole('heading', { level: 1 }).count()).toBe(1);

    found.push(...(await auditAsync(session, 'no key')));
    await session.enterKeyAsync(DEMO_KEY);
    found.push(...(await auditAsync(session, 'idle')));

    // Running: two images the mock keeps generating.
    mock.setDuration(NEVER);
    await ui.getByLabel('Images').fill('2');
    await session.generateAsync({
      prompt: `two running lighthouses (${host})`,
      model: 'recraft-v4-text-to-image',
    });
    await session.expectVisibleAsync(
      ui.getByRole('status').filter({ hasText: /^Generating 0 of 2/ }),
      15_000,
    );
    found.push(...(await auditAsync(session, 'running')));

    // Still running: past the deadline, Keep waiting and Stop offered.
    await shiftClockAsync(session, 3_600_000);
    await session.expectVisibleAsync(ui.getByText('Still running').first(), 30_000);
    found.push(...(await auditAsync(session, 'still running')));
    await shiftClockAsync(session, 0);
    await ui.getByRole('button', { name: 'Stop all' }).click();
    await expect.poll(() => ui.getByRole('button', { name: /^Stop '/ }).count(), WAIT).toBe(0);

    // An error: the balance is empty (402).
    mock.setBalance(DEMO_KEY, 0);
    await ui.getByLabel('Images').fill('1');
    await session.generateAsync({
      prompt: `an unpaid lighthouse (${host})`,
      model: 'recraft-v4-text-to-image',
    });
    await session.expectVisibleAsync(
      ui
        .getByRole('alert')
        .filter({ hasText: /credit/i })
        .first(),
    );
    found.push(...(await auditAsync(session, 'error')));
    mock.setBalance(DEMO_KEY, 1000);

    // History: a landed result, its row cleared from Activity.
    mock.setDuration(E2E_DURATIONS!);
    const prompt = `a lighthouse for the history (${host})`;
    await session.generateNodeAsync({ prompt, model: 'recraft-v4-text-to-image' });
    await session.expectVisibleAsync(session.task(prompt).getByText('Done'));
    await ui.getByRole('button', { name: 'Clear finished' }).click();
    await session.showViewAsync('History');
    await session.expectVisibleAsync(ui.getByRole('list', { name: 'History' }).getByText(prompt));
    found.push(...(await auditAsync(session, 'history')));
    await session.showViewAsync('Activity');

    // An icon set running.
    mock.setDuration(NEVER);
    await session.generateSetAsync({ subjects: ['home', 'search'], name: `A11y icons ${host}` });
    found.push(...(await auditAsync(session, 'icon set running')));

    expect(found).toEqual([]);
  });
});

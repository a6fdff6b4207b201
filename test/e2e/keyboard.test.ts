/**
 * The plugin window by keyboard alone, at its own size: from opening (no key yet) to a result on the
 * canvas, focus is always on a control, never on the page's body; the main form fits the window without
 * scrolling; the status line stays in view while tasks run, however far the window is scrolled.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { uiFrameAsync } from './a11y-support';
import { HOSTS, useE2e } from './e2e-suite';
import { WAIT, type PlaygroundSession } from './playground-session';

const e2e = useE2e();

/**
 * Watches the window's focus from now on: every focus change and every animation frame, whether the
 * body had it. A removed control leaves the body focused until something else takes it.
 */
async function watchFocusAsync(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const w = window as unknown as { bodyFocused: string[] };
    w.bodyFocused = [];
    // Named by the control that had the focus last, so a failure says where focus was lost.
    let last = '';
    const check = (when: string) => {
      if (document.activeElement === document.body || document.activeElement === null)
        w.bodyFocused.push(`${when}, after ${last}`);
    };
    document.addEventListener('focusin', (e) => {
      const el = e.target as HTMLElement;
      last = el.id || el.getAttribute('aria-label') || el.tagName;
    });
    document.addEventListener('focusout', () => setTimeout(() => check('after focusout'), 0));
    const frameLoop = () => {
      check('frame');
      requestAnimationFrame(frameLoop);
    };
    requestAnimationFrame(frameLoop);
  });
}

const bodyFocusedAsync = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as { bodyFocused: string[] }).bodyFocused);

/** The focused control's accessible name as the page writes it (its label, aria-label or text). */
const focusedAsync = (frame: Frame) =>
  frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
    return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? el.tagName).trim();
  });

/**
 * Tab (or Shift+Tab) until the focused control's name matches, at most 40 presses. Never past the
 * window's last control: Tab there leaves the window for the editor, as it should.
 */
async function tabToAsync(
  session: PlaygroundSession,
  frame: Frame,
  name: RegExp,
  key = 'Tab',
): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (name.test(await focusedAsync(frame))) return;
    await session.page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${String(name)}; last: ${await focusedAsync(frame)}`);
}

/** Whether an element lies wholly inside the window's viewport. */
const inViewAsync = (frame: Frame, selector: string) =>
  frame.evaluate((sel) => {
    const box = document.querySelector(sel)!.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  }, selector);

describe.each(HOSTS)('%s: keyboard only', (host) => {
  it('opens to the key field, then the prompt; generates to the canvas; focus never falls to the body', async () => {
    const session = await e2e.openAsync(host);
    const frame = await uiFrameAsync(session);
    // The host gives the window focus when it opens it; the test stands in for that, nothing more.
    await frame.evaluate(() => window.focus());
    await watchFocusAsync(frame);
    const { keyboard } = session.page;

    expect(await focusedAsync(frame)).toBe('API key');
    await keyboard.type(DEMO_KEY);
    await keyboard.press('Enter');
    await session.expectVisibleAsync(session.keySaved(), 10_000);
    await expect.poll(() => focusedAsync(frame), WAIT).toBe('Prompt');

    // The whole main form and the footer fit the window's own size: nothing to scroll to.
    const fits = await frame.evaluate(() => {
      const panel = document.getElementById('mode-panel')!.getBoundingClientRect();
      const foot = document.querySelector('footer')!.getBoundingClientRect();
      return { panelBottom: panel.bottom, footTop: foot.top, footBottom: foot.bottom, height: innerHeight };
    });
    expect(fits.panelBottom).toBeLessThanOrEqual(fits.footTop);
    expect(fits.footBottom).toBeLessThanOrEqual(fits.height);

    const prompt = `a keyboard-made lighthouse (${host})`;
    await keyboard.type(prompt);
    await tabToAsync(session, frame, /^Generate/);
    await keyboard.press('Enter');
    // Focus stays on Generate while it sends (aria-disabled, never disabled).
    expect(await focusedAsync(frame)).toMatch(/^Generate/);

    // While the task runs, the status line is in view even with the window scrolled to its end.
    await session.expectVisibleAsync(
      session.ui.getByRole('status').filter({ hasText: /^Generating/ }),
      15_000,
    );
    await frame.evaluate(() => document.querySelector('.scroll')!.scrollTo(0, 1e6));
    expect(await inViewAsync(frame, '.status-line')).toBe(true);
    expect(await inViewAsync(frame, '#generate')).toBe(true);

    await session.waitForTopLevelAsync(prompt);
    await session.expectVisibleAsync(session.task(prompt).getByText('Done'));

    // Dismiss by keyboard: the row goes, focus lands on the Activity tab, not the body.
    // Generate is the window's last control: back from it, through Advanced, to the row.
    await tabToAsync(session, frame, /^Dismiss '/, 'Shift+Tab');
    await keyboard.press('Enter');
    await expect.poll(() => session.task(prompt).count(), WAIT).toBe(0);
    await expect.poll(() => focusedAsync(frame), WAIT).toMatch(/^Activity/);

    expect(await bodyFocusedAsync(frame)).toEqual([]);
  });

  it('deletes a History entry and undoes it, by keyboard, focus kept on a control throughout', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const frame = await uiFrameAsync(session);
    await frame.evaluate(() => window.focus());
    const prompt = `a lighthouse to delete (${host})`;
    await session.generateNodeAsync({ prompt, model: 'recraft-v4-text-to-image' });
    await session.expectVisibleAsync(session.task(prompt).getByText('Done'));
    await session.ui.getByRole('button', { name: 'Clear finished' }).click();
    await session.showViewAsync('History');
    const entry = session.ui
      .getByRole('list', { name: 'History' })
      .getByRole('listitem')
      .filter({ hasText: prompt });
    await session.expectVisibleAsync(entry);
    await watchFocusAsync(frame);
    const { keyboard } = session.page;

    await tabToAsync(session, frame, /^Delete '/);
    await keyboard.press('Enter');
    await expect.poll(() => entry.count(), WAIT).toBe(0);
    // The last entry gone, focus is on the History tab; Undo is the next stop.
    await expect.poll(() => focusedAsync(frame), WAIT).toMatch(/^History/);
    await tabToAsync(session, frame, /^Undo delete '/);
    await keyboard.press('Enter');
    await session.expectVisibleAsync(entry);
    await expect.poll(() => focusedAsync(frame), WAIT).toContain(prompt);
    expect(await bodyFocusedAsync(frame)).toEqual([]);
  });
});

/**
 * Every field of the plugin window, as rendered: named by its label (the
 * label's `for` is the control's id, unique in the page), described only by
 * lines that are there, marked invalid only while a problem is shown, and
 * that problem an alert the control is described by. The wiring itself is
 * ui/components/field-wiring.ts (unit-tested); this checks the real DOM.
 */
import { describe, expect, it } from 'vitest';
import type { FrameLocator, Locator } from 'playwright-core';
import { useE2e } from './e2e-suite';
import { WAIT } from './playground-session';

const e2e = useE2e();

/** The accessible names the other e2e tests find these controls by. */
const FIELDS = [
  'Prompt',
  'Model',
  'Size',
  'Images',
  'Icon frame',
  'Padding',
  'Recolour',
  'Colour',
  'Palette',
  'API key',
  'API base URL',
] as const;

interface Wiring {
  readonly id: string;
  /** The `for` of each label naming the control. */
  readonly labelFor: string[];
  /** How many elements in the page carry the control's id. */
  readonly sameId: number;
  readonly invalid: string | null;
  readonly describedBy: { id: string; found: boolean; role: string | null; text: string }[];
}

const wiringAsync = (control: Locator): Promise<Wiring> =>
  control.evaluate((el) => {
    const c = el as HTMLInputElement;
    return {
      id: c.id,
      labelFor: Array.from(c.labels ?? [], (label) => label.htmlFor),
      sameId: document.querySelectorAll(`[id="${CSS.escape(c.id)}"]`).length,
      invalid: c.getAttribute('aria-invalid'),
      describedBy: (c.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => {
          const line = document.getElementById(id);
          return {
            id,
            found: line !== null,
            role: line?.getAttribute('role') ?? null,
            text: line?.textContent ?? '',
          };
        }),
    };
  });

const field = (ui: FrameLocator, name: string): Locator => ui.getByLabel(name, { exact: true });

/** Waits for the field to show a problem, and returns the alert describing it. */
async function expectProblemAsync(ui: FrameLocator, name: string, text: RegExp): Promise<void> {
  await expect.poll(async () => (await wiringAsync(field(ui, name))).invalid, WAIT).toBe('true');
  const wiring = await wiringAsync(field(ui, name));
  const alerts = wiring.describedBy.filter((line) => line.role === 'alert');
  expect(alerts, name).toHaveLength(1);
  expect(alerts[0]?.text, name).toMatch(text);
}

// The plugin window is the same bundle on both hosts: one host is enough for its markup.
describe('figma: form fields', () => {
  it('are named by their labels and described only by lines that exist, none invalid on opening', async () => {
    const session = await e2e.openAsync('figma');
    await field(session.ui, 'Model').selectOption('recraft-v4-text-to-vector');
    for (const name of FIELDS) {
      const wiring = await wiringAsync(field(session.ui, name));
      expect(wiring.labelFor, name).toEqual([wiring.id]);
      expect(wiring.sameId, name).toBe(1);
      expect(wiring.invalid, name).toBeNull();
      for (const line of wiring.describedBy) {
        expect(line.found, `${name}: ${line.id}`).toBe(true);
        expect(line.role, `${name}: ${line.id}`).toBeNull();
      }
    }
    const ids = await session.ui
      .locator('body')
      .evaluate(() => Array.from(document.querySelectorAll('[id]'), (el) => el.id));
    expect(new Set(ids).size).toBe(ids.length);
    // The hints and the cost line are the descriptions they were before the primitives.
    const described = async (name: string) =>
      (await wiringAsync(field(session.ui, name))).describedBy.map((line) => line.text);
    expect(await described('Images')).toEqual([expect.stringMatching(/^Cost: /)]);
    expect(await described('Palette')).toEqual([expect.stringMatching(/^Comma-separated hex colours/)]);
    expect(await described('API key')).toEqual([expect.stringMatching(/^Get a key at apiin\.one/)]);
    expect(await described('API base URL')).toEqual(['Your key is sent only to this address.']);
    expect(await described('Prompt')).toEqual([]);
  });

  it('are marked invalid only while a problem shows, described by that problem in an alert', async () => {
    const session = await e2e.openAsync('figma');
    const { ui } = session;
    await field(ui, 'Model').selectOption('recraft-v4-text-to-vector');

    await field(ui, 'Prompt').fill('ab');
    await expectProblemAsync(ui, 'Prompt', /at least/);
    await field(ui, 'Prompt').fill('a paper plane');
    await expect.poll(async () => (await wiringAsync(field(ui, 'Prompt'))).invalid, WAIT).toBeNull();
    expect((await wiringAsync(field(ui, 'Prompt'))).describedBy).toEqual([]);

    await session.openVectorOptionsAsync();
    await field(ui, 'Icon frame').selectOption('24');
    await field(ui, 'Padding').fill('12');
    await expectProblemAsync(ui, 'Padding', /Padding must be/);

    await field(ui, 'Recolour').selectOption('palette');
    await field(ui, 'Palette').fill('#12, nope');
    await expectProblemAsync(ui, 'Palette', /Not a hex colour/);
    await field(ui, 'Recolour').selectOption('mono');
    await field(ui, 'Colour').fill('zz');
    await expectProblemAsync(ui, 'Colour', /hex colour/);
    // Palette is no longer the mode: its problem goes, its hint comes back.
    await expect.poll(async () => (await wiringAsync(field(ui, 'Palette'))).invalid, WAIT).toBeNull();

    await field(ui, 'API key').fill('aio with spaces');
    await ui.getByRole('button', { name: 'Save key' }).click();
    await expectProblemAsync(ui, 'API key', /no spaces/);

    await ui.getByText('Advanced', { exact: true }).click();
    await field(ui, 'API base URL').fill('nope');
    await ui.getByRole('button', { name: 'Save API base URL' }).click();
    await expectProblemAsync(ui, 'API base URL', /http\(s\) URL/);

    // Images says what is wrong in its cost line, not in an alert of its own.
    await field(ui, 'Images').fill('0');
    await expect.poll(async () => (await wiringAsync(field(ui, 'Images'))).invalid, WAIT).toBe('true');
    const images = await wiringAsync(field(ui, 'Images'));
    expect(images.describedBy.map((line) => [line.role, line.text])).toEqual([
      [null, expect.stringMatching(/^Images: /)],
    ]);
  });
});

/**
 * One playground page in its own browser context, and the actions a designer
 * takes in the plugin's real UI, found by their accessible names
 * (notes/ui-labels.md).
 */
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';

/**
 * Every run keeps its pictures in test-results/; `npm run screenshots` writes
 * the README's copies in docs/screenshots/ (they change with each run's ports).
 */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || 'test-results/screenshots';
import { topLevelNamed, type SnapshotNode } from './scene';

export type Host = 'figma' | 'penpot';

/** Where each host puts the plugin's UI iframe (Playwright's CSS reaches into the modal's open shadow root). */
export const UI_FRAME: Readonly<Record<Host, string>> = {
  figma: '#plugin-ui',
  penpot: 'plugin-modal iframe',
};
export type Theme = 'light' | 'dark';

/** Generation polls on the plugin's own schedule (seconds per task): waits are generous, never asserted. */
export const RESULT_TIMEOUT = 45_000;
/**
 * For expect.poll on things that follow an action quickly (its default gives up after one second), looking
 * every 100 ms rather than every 50: most polls read the whole scene or storage across the page boundary.
 */
export const WAIT = { timeout: 15_000, interval: 100 } as const;
/**
 * For page.waitForFunction on the scene: look every 100 ms, not on every animation frame (Playwright's
 * default), which ran playground.snapshot() ~60 times a second in each waiting page, CPU the two-core
 * machines' other tests need.
 */
export const SCENE_WAIT = { timeout: RESULT_TIMEOUT, polling: 100 } as const;

export interface GenerateOptions {
  readonly prompt: string;
  readonly model?: string;
  readonly size?: string;
  /** Tick "Fill the selected shape" (raster into the selection). */
  readonly fillSelection?: boolean;
}

/** An icon set as the designer fills the Icon set form; unset fields keep the form's defaults. */
export interface SetOptions {
  readonly subjects: readonly string[];
  readonly name: string;
  readonly variants?: number;
  /** One colour, bound to the document colour of this name (the "Document colour" select). */
  readonly bindTo?: string;
  /** The cost is above the confirmation threshold: expect the dialog and press "Start set". */
  readonly confirm?: boolean;
}

export class PlaygroundSession {
  /** The page's console errors (all frames), quoted when a wait fails. */
  readonly consoleErrors: string[] = [];

  constructor(
    readonly page: Page,
    readonly host: Host,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(error.message));
  }

  /** Waits for a locator, failing with what the console said (a wait alone only says "timeout"). */
  async expectVisibleAsync(locator: Locator, timeout = RESULT_TIMEOUT): Promise<void> {
    try {
      await locator.waitFor({ state: 'visible', timeout });
    } catch (error) {
      const said = this.consoleErrors.slice(-5).join(' | ') || 'no console errors';
      throw new Error(`${String(error).split('\n')[0]} — console: ${said}`, { cause: error });
    }
  }

  get context(): BrowserContext {
    return this.page.context();
  }

  /** The plugin's UI: the playground's iframe in Figma mode, the iframe inside Penpot's own <plugin-modal>. */
  get ui(): FrameLocator {
    return this.page.frameLocator(UI_FRAME[this.host]);
  }

  /** Waits for the UI iframe and for the plugin's first render (the prompt field). */
  async readyAsync(): Promise<void> {
    await this.page.evaluate(() => window.playground.ready());
    await this.ui.getByLabel('Prompt').waitFor({ state: 'visible' });
  }

  snapshotAsync(): Promise<SnapshotNode> {
    return this.page.evaluate(() => window.playground.snapshot());
  }

  /** Types the key, saves it and waits for the panel to say so. */
  async enterKeyAsync(key: string): Promise<void> {
    await this.ui.getByRole('textbox', { name: 'API key', exact: true }).fill(key);
    await this.ui.getByRole('button', { name: 'Save key' }).click();
    await this.expectVisibleAsync(this.keySaved(), 10_000);
  }

  keySaved(): Locator {
    return this.ui.getByText('Key saved');
  }

  async generateAsync(options: GenerateOptions): Promise<void> {
    if (options.model) await this.ui.getByLabel('Model').selectOption(options.model);
    if (options.size) await this.ui.getByLabel('Size').selectOption(options.size);
    await this.ui.getByLabel('Prompt').fill(options.prompt);
    if (options.fillSelection) await this.ui.getByLabel('Fill the selected shape').check();
    await this.ui.getByRole('button', { name: /^Generate/ }).click();
  }

  /** Shows the History view or the Activity view (Activity is the one shown at open). */
  async showViewAsync(view: 'History' | 'Activity'): Promise<void> {
    await this.ui.getByRole('tab', { name: new RegExp(`^${view}`) }).click();
  }

  /** Opens the Vector options, collapsed to their summary at open. */
  async openVectorOptionsAsync(): Promise<void> {
    await this.ui.locator('summary', { hasText: 'Vector options' }).click();
  }

  /** The task's row in the "Tasks" list. */
  task(prompt: string): Locator {
    return this.ui.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: prompt });
  }

  /** Waits until `count` nodes named `name` sit directly on the page, and returns the snapshot. */
  async waitForTopLevelAsync(name: string, count = 1): Promise<SnapshotNode> {
    await this.page.waitForFunction(
      ([wanted, n]) => window.playground.snapshot().children.filter((c) => c.name === wanted).length >= n,
      [name, count] as const,
      SCENE_WAIT,
    );
    return this.snapshotAsync();
  }

  /** Generates, waits for the result directly on the page, and returns that node (the first so named). */
  async generateNodeAsync(options: GenerateOptions): Promise<SnapshotNode> {
    await this.generateAsync(options);
    const [node] = topLevelNamed(await this.waitForTopLevelAsync(options.prompt), options.prompt);
    if (!node) throw new Error(`No top-level node named "${options.prompt}" after the wait.`);
    return node;
  }

  /** Waits until the node has an IMAGE fill. */
  async waitForImageFillAsync(nodeId: string): Promise<SnapshotNode> {
    await this.page.waitForFunction(
      (id) => {
        const find = (n: SnapshotNode): SnapshotNode | undefined =>
          n.id === id ? n : n.children.map(find).find(Boolean);
        return find(window.playground.snapshot())?.fills.some((f) => f.type === 'IMAGE') === true;
      },
      nodeId,
      SCENE_WAIT,
    );
    return this.snapshotAsync();
  }

  /** Fills the Icon set form and presses Generate set (and Start set when `confirm`). */
  async generateSetAsync(options: SetOptions): Promise<void> {
    const { ui } = this;
    await ui.getByRole('tab', { name: 'Icon set' }).click();
    await ui.getByLabel('Icons', { exact: true }).fill(options.subjects.join('\n'));
    await ui.getByLabel('Set name').fill(options.name);
    if (options.variants !== undefined)
      await ui.getByLabel('Variants per icon').fill(String(options.variants));
    if (options.bindTo !== undefined) {
      await ui.getByRole('radio', { name: 'One colour' }).check();
      await ui.getByLabel('Document colour').selectOption({ label: options.bindTo });
    }
    await ui.getByRole('button', { name: /^Generate set/ }).click();
    if (options.confirm) {
      const dialog = ui.getByRole('dialog').or(ui.getByRole('alertdialog'));
      await this.expectVisibleAsync(dialog, 10_000);
      await dialog.getByRole('button', { name: 'Start set' }).click();
    }
    await this.expectVisibleAsync(this.setPanel(options.name), 15_000);
  }

  /** A set's progress panel (its status line, Stop set / Dismiss set, the icons' list), by the set's name. */
  setPanel(name: string): Locator {
    return this.ui.getByRole('region', { name, exact: true });
  }

  /** One icon's line in a set's list, by its name ("home", or "home option 2"). */
  setItem(setName: string, itemName: string): Locator {
    return this.setPanel(setName)
      .getByRole('list', { name: 'Icons in the set' })
      .getByRole('listitem', { name: itemName, exact: true });
  }

  /** The set's status line as spoken ("7 of 12 · 1 failed · 0:42"). */
  setStatusAsync(name: string): Promise<string> {
    return this.setPanel(name)
      .getByRole('status')
      .textContent()
      .then((text) => text ?? '');
  }

  /** Waits until the set has settled (Dismiss set offered), and returns its status line. */
  async waitForSetSettledAsync(name: string): Promise<string> {
    const dismiss = this.setPanel(name).getByRole('button', { name: 'Dismiss set' });
    await this.expectVisibleAsync(dismiss, RESULT_TIMEOUT * 2);
    return this.setStatusAsync(name);
  }

  selectAsync(ids: readonly string[]): Promise<void> {
    return this.page.evaluate((list) => window.playground.select(list), ids);
  }

  selectionAsync(): Promise<string[]> {
    return this.page.evaluate(() => window.playground.selection());
  }

  async closePluginAsync(): Promise<void> {
    await this.page.evaluate(() => window.playground.close());
  }

  async reopenAsync(): Promise<void> {
    await this.page.evaluate(() => window.playground.reopen());
    await this.readyAsync();
  }

  async themeAsync(theme: Theme): Promise<void> {
    await this.page.evaluate((name) => window.playground.theme(name), theme);
  }

  storageAsync(): Promise<Record<string, unknown>> {
    return this.page.evaluate(() => window.playground.storage());
  }

  errorsAsync(): Promise<string[]> {
    return this.page.evaluate(() => window.playground.errors());
  }

  async screenshotAsync(name: string): Promise<void> {
    // Let the canvas images decode before the picture.
    await this.page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    await this.page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  }

  disposeAsync(): Promise<void> {
    return this.context.close();
  }
}

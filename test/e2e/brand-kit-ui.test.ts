/**
 * The brand kit and the raster tools through the plugin window's own controls (issue 13), both hosts: a kit
 * saved in the Brand kit panel is what a teammate (another user's storage, the same document) opens with;
 * bad kit JSON pasted is refused with its message and changes nothing; the palette typed in Generate is not
 * overwritten by the kit on reopen; "Send brand colours" sends Recraft's controls (the mock's request log
 * holds the exact body) and, refused by the gateway, turns itself off with the plain message and a Retry
 * without them; Remove background on a selected raster result replaces the layer's image with a
 * transparent PNG, one POST, one credit.
 */
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBrandKit } from '../../core/brand/brand-json';
import { brandControls } from '../../core/brand/controls';
import { userError } from '../../core/errors/catalogue';
import { DEMO_KEY } from '../../dev/mock/types';
import { decodeMeta, META_KEY } from '../../plugin/generation-meta';
import { seriousViolationsAsync } from './a11y-support';
import { HOSTS, useE2e } from './e2e-suite';
import { RESULT_TIMEOUT, SCENE_WAIT, WAIT, type PlaygroundSession } from './playground-session';
import { byId, topLevelNamed } from './scene';

const e2e = useE2e();
const RASTER = 'recraft-v4-text-to-image';

afterEach(() => {
  const { mock } = e2e.world();
  mock.setRejectControls(false);
  mock.setRasterOverride(null);
});

const documentData = (session: PlaygroundSession) =>
  session.page.evaluate(() => window.playground.documentData());

/** Opens the Brand kit disclosure (its fields exist only while it is open). */
async function openKitAsync(session: PlaygroundSession): Promise<void> {
  await session.ui.locator('summary', { hasText: 'Brand kit' }).click();
  await session.ui.getByRole('button', { name: 'Save to brand kit' }).waitFor();
}

/** Closes it again, so the form's fields are the only ones their names find. */
async function closeKitAsync(session: PlaygroundSession): Promise<void> {
  await session.ui.locator('summary', { hasText: 'Brand kit' }).click();
  await session.ui.getByRole('button', { name: 'Save to brand kit' }).waitFor({ state: 'detached' });
}

/** Fills the kit's first colour and its style words, and saves the kit to the document. */
async function saveKitAsync(session: PlaygroundSession, role: string, hex: string, style: string) {
  const { ui } = session;
  await openKitAsync(session);
  if ((await ui.getByLabel('Role of colour 1', { exact: true }).count()) === 0)
    await ui.getByRole('button', { name: 'Add colour' }).click();
  await ui.getByLabel('Role of colour 1', { exact: true }).fill(role);
  await ui.getByLabel('Hex of colour 1', { exact: true }).fill(hex);
  await ui.getByLabel('Style words', { exact: true }).fill(style);
  await ui.getByLabel('Icon colours', { exact: true }).selectOption('palette');
  await ui.getByRole('button', { name: 'Save to brand kit' }).click();
  await session.expectVisibleAsync(
    ui.getByRole('status').filter({ hasText: 'Saved to this document' }),
    15_000,
  );
}

/** The remembered "Send brand colours" setting, wherever the user's storage keeps the settings. */
async function sendSetting(session: PlaygroundSession): Promise<boolean | undefined> {
  const text = JSON.stringify(await session.storageAsync());
  const found = /sendBrandColours\\?":(true|false)/.exec(text);
  return found ? found[1] === 'true' : undefined;
}

/** Waits for a result on the page named from its prompt (the palette's words follow it: they were sent). */
async function landedAsync(session: PlaygroundSession, prompt: string): Promise<void> {
  await session.page.waitForFunction(
    (start) => window.playground.snapshot().children.some((c) => c.name.startsWith(start)),
    prompt,
    SCENE_WAIT,
  );
}

const generationPosts = () =>
  e2e
    .world()
    .mock.log()
    .filter((entry) => entry.method === 'POST' && entry.path.endsWith('/images/generations'));

describe.each(HOSTS)('%s: the brand kit panel', (host) => {
  it('a saved kit is a teammate’s; bad JSON changes nothing; the typed palette is kept on reopen', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const { ui } = session;
    await saveKitAsync(session, 'brand', '#4f46e5', 'flat, rounded, friendly');
    const saved = await documentData(session);
    expect(saved['recraft-brand-kit']).toContain('flat, rounded, friendly');
    expect(JSON.stringify(await session.storageAsync())).not.toContain('flat, rounded');

    // Copy: the clipboard, or (refused in the frame) the text shown to copy by hand, focused.
    await ui.getByRole('button', { name: 'Copy kit as JSON' }).click();
    const copied = ui.getByRole('status').filter({ hasText: 'Copied the kit as JSON' });
    const byHand = ui.getByLabel('Kit JSON to copy', { exact: true });
    await session.expectVisibleAsync(copied.or(byHand), 10_000);
    const copiedText = (await byHand.count())
      ? await byHand.inputValue()
      : await session.page.evaluate(() => navigator.clipboard.readText());
    expect(parseBrandKit(copiedText)).toEqual(parseBrandKit(saved['recraft-brand-kit']));

    // Bad JSON: its message, and neither the panel nor the document changes.
    await ui.getByLabel('Kit JSON to paste', { exact: true }).fill('{"version": 1, "palette": 5}');
    await ui.getByRole('button', { name: 'Paste kit JSON' }).click();
    const refused = userError('brand-field-invalid', 'palette').message;
    await expect.poll(() => ui.getByRole('alert').filter({ hasText: refused }).count(), WAIT).toBe(1);
    expect(await ui.getByLabel('Role of colour 1', { exact: true }).inputValue()).toBe('brand');
    expect(await ui.getByLabel('Style words', { exact: true }).inputValue()).toBe('flat, rounded, friendly');
    expect(await documentData(session)).toEqual(saved);
    // The open panel, its status and its alert, as axe sees them.
    expect(await seriousViolationsAsync(session)).toEqual([]);
    await closeKitAsync(session);

    // The kit gave Generate its palette; the designer types their own, kept in the document.
    await session.openVectorOptionsAsync();
    const palette = ui.getByRole('textbox', { name: 'Palette', exact: true });
    expect(await palette.inputValue()).toMatch(/^#4f46e5/);
    await palette.fill('#112233, #445566');
    await expect
      .poll(async () => (await documentData(session))['recraft-palette'], WAIT)
      .toContain('#112233');

    // A teammate: their own storage and key, the same document.
    expect(await session.page.evaluate(() => window.playground.user('teammate'))).toBe('teammate');
    await session.reopenAsync();
    await session.enterKeyAsync(DEMO_KEY);
    await openKitAsync(session);
    expect(await ui.getByLabel('Role of colour 1', { exact: true }).inputValue()).toBe('brand');
    expect(await ui.getByLabel('Hex of colour 1', { exact: true }).inputValue()).toBe('#4f46e5');
    expect(await ui.getByLabel('Style words', { exact: true }).inputValue()).toBe('flat, rounded, friendly');
    await closeKitAsync(session);
    await session.openVectorOptionsAsync();
    expect(await ui.getByRole('textbox', { name: 'Palette', exact: true }).inputValue()).toBe(
      '#112233, #445566',
    );
    // Icon set takes its defaults from the kit too.
    await ui.getByRole('tab', { name: 'Icon set' }).click();
    expect(await ui.getByLabel('Style', { exact: true }).inputValue()).toBe('flat, rounded, friendly');
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('Send brand colours sends controls; refused, it turns off with the plain message and Retry works', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const { ui } = session;
    await saveKitAsync(session, 'primary', '#4f46e5', 'flat');
    const send = ui.getByLabel('Send brand colours to the model (not documented by the gateway)');
    expect(await send.isChecked()).toBe(false);
    await send.check();
    await expect.poll(async () => sendSetting(session), WAIT).toBe(true);
    await closeKitAsync(session);

    // The prompt preview shows exactly what is sent: the palette in words after the prompt.
    await ui.getByLabel('Prompt', { exact: true }).fill(`a lighthouse (${host})`);
    await session.expectVisibleAsync(
      ui.getByText(/^Sent as: a lighthouse .*colour palette: .*#4f46e5/),
      5_000,
    );
    const before = generationPosts().length;
    await ui.getByRole('button', { name: /^Generate/ }).click();
    await expect.poll(() => generationPosts().length, WAIT).toBe(before + 1);
    const body = generationPosts().at(-1)!.body as { prompt: string; controls?: unknown };
    const kit = parseBrandKit((await documentData(session))['recraft-brand-kit']);
    if (!('kit' in kit)) throw new Error('The document holds no readable kit.');
    expect(body.controls).toEqual(brandControls(kit.kit));
    expect(body.controls).toMatchObject({ colors: expect.arrayContaining([{ rgb: [79, 70, 229] }]) });
    expect(body.prompt).toMatch(/^a lighthouse .*, colour palette: \S+ #4f46e5/);
    await landedAsync(session, `a lighthouse (${host})`);

    // The gateway refuses controls: one POST, nothing charged, the option off (remembered), Retry without.
    mock.setRejectControls(true);
    const balance = mock.balance(DEMO_KEY)!;
    await ui.getByLabel('Prompt', { exact: true }).fill(`a harbour (${host})`);
    await ui.getByRole('button', { name: /^Generate/ }).click();
    const refusal = userError('controls-refused').message;
    await session.expectVisibleAsync(ui.getByRole('alert').filter({ hasText: refusal }).first(), 15_000);
    expect(generationPosts()).toHaveLength(before + 2);
    expect(mock.balance(DEMO_KEY)).toBe(balance);
    await expect.poll(async () => sendSetting(session), WAIT).toBe(false);
    expect(await seriousViolationsAsync(session)).toEqual([]);
    await ui.getByRole('button', { name: 'Retry without brand colours' }).click();
    await expect.poll(() => generationPosts().length, WAIT).toBe(before + 3);
    const retried = generationPosts().at(-1)!;
    expect(retried.status).toBeLessThan(300);
    expect((retried.body as { controls?: unknown }).controls).toBeUndefined();
    await landedAsync(session, `a harbour (${host})`);
    await openKitAsync(session);
    expect(await send.isChecked()).toBe(false);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('Remove background on a selected raster result: a transparent PNG in place, one POST, 1 credit', async () => {
    const { mock } = e2e.world();
    mock.setRasterOverride({ bytes: opaquePng(), mime: 'image/png' });
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const prompt = `a kite on a blue sky (${host})`;
    const layer = await session.generateNodeAsync({ prompt, model: RASTER });
    const meta = decodeMeta(layer.pluginData[META_KEY])!;
    await session.selectAsync([layer.id]);
    const button = session.ui
      .getByRole('region', { name: 'Selected image' })
      .getByRole('button', { name: 'Remove background · 1 credit' });
    await session.expectVisibleAsync(button, 15_000);
    expect(await seriousViolationsAsync(session)).toEqual([]);
    const balance = mock.balance(DEMO_KEY)!;
    const earlier = mock.log().length;
    const toolPosts = () =>
      mock
        .log()
        .slice(earlier)
        .filter((e) => e.method === 'POST' && e.path.endsWith('/tools/remove-bg'));
    await button.click();
    // The tool's task is in Activity like any task, named by its tool.
    const tasks = session.ui.getByRole('list', { name: 'Tasks' }).getByRole('listitem');
    await session.expectVisibleAsync(tasks.filter({ hasText: 'Remove background' }).first(), 15_000);

    const landed = async () =>
      decodeMeta(byId(await session.snapshotAsync(), layer.id)?.pluginData[META_KEY] ?? '');
    await expect
      .poll(async () => (await landed())?.taskId, { timeout: RESULT_TIMEOUT })
      .not.toBe(meta.taskId);
    const after = byId(await session.snapshotAsync(), layer.id)!;
    expect([after.x, after.y, after.width, after.height]).toEqual([
      layer.x,
      layer.y,
      layer.width,
      layer.height,
    ]);
    expect(after.fills).toHaveLength(1);
    expect(after.fills[0]).toMatchObject({ type: 'IMAGE', imageWidth: 40, imageHeight: 30 });
    expect(after.fills[0]!.imageHash).not.toBe(layer.fills[0]!.imageHash);
    expect(toolPosts()).toHaveLength(1);
    expect(toolPosts()[0]!.body).toEqual({ model: 'bg-remover', image: meta.resultUrl });
    expect(balance - mock.balance(DEMO_KEY)!).toBe(1);

    // The file now in the layer is the tool's: a PNG whose background corners are transparent.
    const url = (await landed())!.resultUrl!;
    const png = PNG.sync.read(Buffer.from(await (await fetch(url)).arrayBuffer()));
    expect(png.data[3]).toBe(0);
    expect(png.data[(20 * 40 + 10) * 4 + 3]).toBe(255);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('Upscale from a raster History entry lands a new image at twice the size, one POST, 1 credit', async () => {
    const { mock } = e2e.world();
    mock.setRasterOverride({ bytes: opaquePng(), mime: 'image/png' });
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const { ui } = session;
    const prompt = `a lighthouse at dusk (${host})`;
    await session.generateNodeAsync({ prompt, model: RASTER });
    // Done in Activity, the result is listed in History once Activity lets it go.
    await ui.getByRole('button', { name: 'Clear finished' }).click();
    await session.showViewAsync('History');
    const upscale = ui
      .getByRole('list', { name: 'History' })
      .getByRole('button', { name: `Upscale · 1 credit: '${prompt}'`, exact: true });
    await session.expectVisibleAsync(upscale, 15_000);
    expect(await seriousViolationsAsync(session)).toEqual([]);
    const balance = mock.balance(DEMO_KEY)!;
    const earlier = mock.log().length;
    await upscale.click();

    const page = await session.waitForTopLevelAsync(prompt, 2);
    const fresh = topLevelNamed(page, prompt).find((n) => n.fills[0]?.imageWidth === 80);
    expect(fresh?.fills[0]).toMatchObject({ type: 'IMAGE', imageWidth: 80, imageHeight: 60 });
    const posts = mock
      .log()
      .slice(earlier)
      .filter((e) => e.method === 'POST');
    expect(posts.map((e) => e.path)).toEqual([expect.stringMatching(/\/images\/tools\/upscale$/)]);
    expect(balance - mock.balance(DEMO_KEY)!).toBe(1);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

/** A 40 × 30 opaque PNG: a pale background with a red block in its middle, for remove-bg to cut out. */
function opaquePng(): Buffer {
  const png = new PNG({ width: 40, height: 30 });
  for (let y = 0; y < 30; y++)
    for (let x = 0; x < 40; x++) {
      const inside = x >= 8 && x < 32 && y >= 8 && y < 22;
      png.data.set(inside ? [220, 30, 30, 255] : [235, 240, 245, 255], (y * 40 + x) * 4);
    }
  return PNG.sync.write(png);
}

/**
 * Starting again from a generated node. The UI's "Regenerate" button on both hosts sends the node's own
 * settings again and the result replaces it in place (name, position, size), History keeping the old
 * result; Figma's relaunch button (the playground runs the plugin with figma.command = 'regenerate')
 * prefills the prompt and model it was made with.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { RESULT_TIMEOUT, WAIT, type PlaygroundSession } from './playground-session';
import { byId, topLevelNamed } from './scene';
import { STORE_KEYS } from '../../core/storage/store';

const VECTOR = 'recraft-v4-text-to-vector';
const e2e = useE2e();

/** Generates a vector and leaves the form showing something else. */
async function generatedNodeAsync(current: PlaygroundSession, prompt: string): Promise<string> {
  const node = await current.generateNodeAsync({ prompt, model: VECTOR });
  await current.ui.getByLabel('Prompt').fill('something else entirely');
  await current.ui.getByLabel('Model').selectOption('recraft-v4-text-to-image');
  return node.id;
}

describe.each(HOSTS)('%s: regenerate from a generated node', (host) => {
  it('the Regenerate button replaces the node in place with the same settings; History keeps the old one', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const prompt = `a geometric bee logo (${host})`;
    const id = await generatedNodeAsync(session, prompt);
    const old = byId(await session.snapshotAsync(), id)!;
    await session.selectAsync([id]);

    await session.ui.getByRole('button', { name: 'Regenerate' }).click();
    const replaced = async () => topLevelNamed(await session.snapshotAsync(), old.name);
    await expect
      .poll(async () => (await replaced()).map((n) => n.id !== id), { timeout: RESULT_TIMEOUT })
      .toEqual([true]);
    const [fresh] = await replaced();
    expect(fresh).toMatchObject({ x: old.x, y: old.y, width: old.width, height: old.height });
    expect(byId(await session.snapshotAsync(), id)).toBeUndefined();
    // Sent as it was made (the vector model), not as the form now reads (raster, another prompt).
    expect(JSON.stringify(fresh!.pluginData)).toContain(VECTOR);
    const history = () =>
      session.storageAsync().then((s) => (s[STORE_KEYS.historyIndex] as unknown[]).length);
    await expect.poll(history, WAIT).toBe(2);
  });
});

describe('figma: relaunch button', () => {
  it('reopens the plugin with the node’s prompt and model', async () => {
    const session = await e2e.openAsync('figma', { key: DEMO_KEY });
    const prompt = 'a geometric bee logo (relaunch)';
    const id = await generatedNodeAsync(session, prompt);
    await session.selectAsync([id]);

    await session.page.evaluate(() => window.playground.relaunch('regenerate'));
    await session.readyAsync();
    await expect.poll(() => session.ui.getByLabel('Prompt').inputValue(), WAIT).toBe(prompt);
    expect(await session.ui.getByLabel('Model').inputValue()).toBe(VECTOR);
  });
});

/**
 * Starting again from a generated node: Figma's relaunch button (the
 * playground runs the plugin with figma.command = 'regenerate') and the UI's
 * "Regenerate" button on both hosts prefill the prompt and model it was made
 * with.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { WAIT, type PlaygroundSession } from './playground-session';

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
  it('the Regenerate button prefills prompt and model', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const prompt = `a geometric bee logo (${host})`;
    const id = await generatedNodeAsync(session, prompt);
    await session.selectAsync([id]);

    await session.ui.getByRole('button', { name: 'Regenerate' }).click();
    await expect.poll(() => session.ui.getByLabel('Prompt').inputValue(), WAIT).toBe(prompt);
    expect(await session.ui.getByLabel('Model').inputValue()).toBe(VECTOR);
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

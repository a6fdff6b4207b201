/**
 * Starting again from a generated node: Figma's relaunch button (the
 * playground runs the plugin with figma.command = 'regenerate') and the UI's
 * "Regenerate" button on both hosts prefill the prompt and model it was made
 * with.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { openPlaygroundAsync, startE2eAsync, stopE2eAsync, type E2eWorld } from './harness';
import { WAIT, type Host, type PlaygroundSession } from './playground-session';
import { topLevelNamed } from './scene';

const HOSTS: Host[] = ['figma', 'penpot'];
const VECTOR = 'recraft-v4-text-to-vector';
let world: E2eWorld | undefined;
let session: PlaygroundSession | undefined;

beforeAll(async () => {
  world = await startE2eAsync();
});
afterEach(async () => {
  await session?.disposeAsync();
  session = undefined;
});
afterAll(() => stopE2eAsync(world));

/** Generates a vector and leaves the form showing something else. */
async function generatedNodeAsync(current: PlaygroundSession, prompt: string): Promise<string> {
  await current.enterKeyAsync(DEMO_KEY);
  await current.generateAsync({ prompt, model: VECTOR });
  const [node] = topLevelNamed(await current.waitForTopLevelAsync(prompt), prompt);
  await current.ui.getByLabel('Prompt').fill('something else entirely');
  await current.ui.getByLabel('Model').selectOption('recraft-v4-text-to-image');
  return node!.id;
}

describe.each(HOSTS)('%s: regenerate from a generated node', (host) => {
  it('the Regenerate button prefills prompt and model', async () => {
    session = await openPlaygroundAsync(world!, host);
    const prompt = `a geometric bee logo (${host})`;
    const id = await generatedNodeAsync(session, prompt);
    await session.selectAsync([id]);

    await session.ui.getByRole('button', { name: 'Regenerate' }).click();
    await expect.poll(() => session!.ui.getByLabel('Prompt').inputValue(), WAIT).toBe(prompt);
    expect(await session.ui.getByLabel('Model').inputValue()).toBe(VECTOR);
  });
});

describe('figma: relaunch button', () => {
  it('reopens the plugin with the node’s prompt and model', async () => {
    session = await openPlaygroundAsync(world!, 'figma');
    const prompt = 'a geometric bee logo (relaunch)';
    const id = await generatedNodeAsync(session, prompt);
    await session.selectAsync([id]);

    await session.page.evaluate(() => window.playground.relaunch('regenerate'));
    await session.readyAsync();
    await expect.poll(() => session!.ui.getByLabel('Prompt').inputValue(), WAIT).toBe(prompt);
    expect(await session.ui.getByLabel('Model').inputValue()).toBe(VECTOR);
  });
});

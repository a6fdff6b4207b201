/**
 * Raster generations end as image fills of the right size: a new rectangle
 * of the image's size, or the selected shape's fill.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { openPlaygroundAsync, startE2eAsync, stopE2eAsync, type E2eWorld } from './harness';
import type { Host, PlaygroundSession } from './playground-session';
import { byId, byName, topLevelNamed } from './scene';

const HOSTS: Host[] = ['figma', 'penpot'];
const RASTER = 'recraft-v4-text-to-image';
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

describe.each(HOSTS)('%s: raster generation', (host) => {
  it('ends as a 1024×1024 rectangle with the image as its fill', async () => {
    session = await openPlaygroundAsync(world!, host, 'dark');
    await session.enterKeyAsync(DEMO_KEY);
    const prompt = `a watercolour fox in the snow (${host})`;
    await session.generateAsync({ prompt, model: RASTER, size: '1024x1024' });

    const page = await session.waitForTopLevelAsync(prompt);
    const [node] = topLevelNamed(page, prompt);
    expect(node!.type).toBe(host === 'figma' ? 'RECTANGLE' : 'rectangle');
    expect([node!.width, node!.height]).toEqual([1024, 1024]);
    expect(node!.fills).toHaveLength(1);
    expect(node!.fills[0]).toMatchObject({ type: 'IMAGE', imageWidth: 1024, imageHeight: 1024 });
    expect(JSON.stringify(node!.pluginData)).not.toContain(DEMO_KEY);
    await session.expectVisibleAsync(session.task(prompt).getByText('Done'));
    expect(await session.errorsAsync()).toEqual([]);

    await session.screenshotAsync(`${host}-raster-dark`);
    await session.themeAsync('light');
    await session.screenshotAsync(`${host}-raster-light`);
  });

  it('fills the selected shape when asked', async () => {
    session = await openPlaygroundAsync(world!, host);
    await session.enterKeyAsync(DEMO_KEY);
    const target = byName(await session.snapshotAsync(), 'Rectangle 1')!;
    await session.selectAsync([target.id]);
    const prompt = `brushed copper texture (${host})`;
    await session.generateAsync({ prompt, model: RASTER, size: '1024x1024', fillSelection: true });

    const after = byId(await session.waitForImageFillAsync(target.id), target.id)!;
    // The shape keeps its size and place; only its fill changes.
    expect([after.x, after.y, after.width, after.height]).toEqual([
      target.x,
      target.y,
      target.width,
      target.height,
    ]);
    expect(after.fills).toHaveLength(1);
    expect(after.fills[0]).toMatchObject({ type: 'IMAGE', imageWidth: 1024, imageHeight: 1024 });
    expect(topLevelNamed(await session.snapshotAsync(), prompt)).toEqual([]);
    expect(JSON.stringify(after.pluginData)).toContain(prompt);
  });
});

/**
 * Raster generations end as image fills of the right size: a new rectangle
 * of the image's size, or the selected shape's fill.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { byId, byName, topLevelNamed } from './scene';

const RASTER = 'recraft-v4-text-to-image';
const e2e = useE2e();

describe.each(HOSTS)('%s: raster generation', (host) => {
  it('ends as a 1024×1024 rectangle with the image as its fill', async () => {
    const session = await e2e.openAsync(host, { theme: 'dark', key: DEMO_KEY });
    const prompt = `a watercolour fox in the snow (${host})`;
    const node = await session.generateNodeAsync({ prompt, model: RASTER, size: '1024x1024' });

    expect(node.type).toBe(host === 'figma' ? 'RECTANGLE' : 'rectangle');
    expect([node.width, node.height]).toEqual([1024, 1024]);
    expect(node.fills).toHaveLength(1);
    expect(node.fills[0]).toMatchObject({ type: 'IMAGE', imageWidth: 1024, imageHeight: 1024 });
    expect(JSON.stringify(node.pluginData)).not.toContain(DEMO_KEY);
    await session.expectVisibleAsync(session.task(prompt).getByText('Done'));
    expect(await session.errorsAsync()).toEqual([]);

    await session.screenshotAsync(`${host}-raster-dark`);
    await session.themeAsync('light');
    await session.screenshotAsync(`${host}-raster-light`);
  });

  it('fills the selected shape when asked', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
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

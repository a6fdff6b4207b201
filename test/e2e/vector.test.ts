/**
 * A vector generation ends as editable vector layers: a Figma frame / Penpot
 * group named after the prompt, with vector children, selected, carrying
 * the generation's plugin data and never the key.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { SCENE_WAIT, WAIT } from './playground-session';
import { allNodes, byName, topLevelNamed, VECTOR_TYPES } from './scene';

const e2e = useE2e();

describe.each(HOSTS)('%s: vector generation', (host) => {
  it('ends as vector layers named after the prompt, selected, with plugin data and no key', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const prompt = `a friendly robot mascot for ${host}`;
    const node = await session.generateNodeAsync({
      prompt,
      model: 'recraft-v4-text-to-vector',
      size: '1024x1024',
    });

    expect(node.type).toBe(host === 'figma' ? 'FRAME' : 'group');
    expect([node.width, node.height]).toEqual([1024, 1024]);
    const layers = allNodes(node).slice(1);
    expect(layers.length).toBeGreaterThan(2);
    expect(layers.filter((n) => !VECTOR_TYPES.has(n.type))).toEqual([]);
    expect(layers.some((n) => n.fills.some((f) => f.type === 'SOLID'))).toBe(true);

    const data = JSON.stringify(node.pluginData);
    expect(data).toContain(prompt);
    expect(data).toContain('recraft-v4-text-to-vector');
    expect(data).not.toContain(DEMO_KEY);
    await expect.poll(() => session.selectionAsync(), WAIT).toEqual([node.id]);
    await session.expectVisibleAsync(session.task(prompt).getByText('Done'));
    expect(await session.errorsAsync()).toEqual([]);

    await session.screenshotAsync(`${host}-vector-light`);
    await session.themeAsync('dark');
    await session.screenshotAsync(`${host}-vector-dark`);
  });

  it('goes inside the selected frame or board, centred in it', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const frameName = host === 'figma' ? 'Frame 1' : 'Board 1';
    const frame = byName(await session.snapshotAsync(), frameName)!;
    await session.selectAsync([frame.id]);
    await session.expectVisibleAsync(session.ui.getByText(`Into "${frameName}"`), 10_000);
    const prompt = `a tiny cactus sticker (${host})`;
    await session.generateAsync({ prompt, model: 'recraft-v4-text-to-vector', size: '1024x1024' });

    await session.page.waitForFunction(
      ([parent, name]) =>
        window.playground
          .snapshot()
          .children.some((c) => c.name === parent && c.children.some((n) => n.name === name)),
      [frameName, prompt] as const,
      SCENE_WAIT,
    );
    const inside = byName(await session.snapshotAsync(), frameName)!.children.find((n) => n.name === prompt)!;
    // Snapshot positions are relative to the parent on both hosts.
    expect(inside.x + inside.width / 2).toBeCloseTo(frame.width / 2, 0);
    expect(inside.y + inside.height / 2).toBeCloseTo(frame.height / 2, 0);
    expect(topLevelNamed(await session.snapshotAsync(), prompt)).toEqual([]);
  });
});

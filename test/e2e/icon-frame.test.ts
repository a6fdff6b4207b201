/**
 * Icon sets: with an icon frame picked, a vector result is cropped to its
 * drawing and fitted into a square of that size, so every icon of a set
 * lands at the same size; Remove background drops the canvas-filling shape
 * the vectoriser puts first.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import type { SnapshotNode } from './scene';

const e2e = useE2e();

/** Layers with their paint, in drawing order, for comparing two imports of the same drawing. */
const layers = (node: SnapshotNode): string[] =>
  node.children.map((n) => `${n.type} ${n.fills.map((f) => f.color ?? f.type).join(' ')}`);

describe.each(HOSTS)('%s: icon frame', (host) => {
  it('fits a vector icon into a 24 × 24 frame, with and without its background', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    await session.openVectorOptionsAsync();
    await session.ui.getByLabel('Icon frame').selectOption('24');
    await session.ui.getByLabel('Padding').fill('2');
    const prompt = `outline icon: a bell (${host})`;
    const withBackground = await session.generateNodeAsync({ prompt, model: 'recraft-v4-text-to-vector' });
    expect([withBackground.width, withBackground.height]).toEqual([24, 24]);

    await session.ui.getByLabel('Remove background').check();
    // The mock draws per prompt, case aside: the same drawing under another layer name.
    const clean = await session.generateNodeAsync({
      prompt: prompt.toUpperCase(),
      model: 'recraft-v4-text-to-vector',
    });
    expect([clean.width, clean.height]).toEqual([24, 24]);
    // The same drawing minus its first, canvas-filling shape.
    expect(layers(clean)).toEqual(layers(withBackground).slice(1));
  });
});

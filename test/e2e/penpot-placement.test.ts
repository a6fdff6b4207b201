/**
 * Placement in Penpot's real runtime: results land where the sandbox asked, in page coordinates, clear of
 * every layer: two single results in a row never overlap each other or the seeded layers.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { useE2e } from './e2e-suite';
import { topLevelNamed, type SnapshotNode } from './scene';

const e2e = useE2e();

function overlap(a: SnapshotNode, b: SnapshotNode): boolean {
  return (
    a.absoluteX < b.absoluteX + b.width &&
    b.absoluteX < a.absoluteX + a.width &&
    a.absoluteY < b.absoluteY + b.height &&
    b.absoluteY < a.absoluteY + a.height
  );
}

describe('penpot: placement', () => {
  it('two single results in a row land clear of each other and of every layer', async () => {
    const session = await e2e.openAsync('penpot', { key: DEMO_KEY });
    const prompt = 'a lighthouse, flat vector';
    await session.generateNodeAsync({ prompt, model: 'recraft-v4-text-to-vector' });
    await session.generateAsync({ prompt });
    const page = await session.waitForTopLevelAsync(prompt, 2);
    const [first, second] = topLevelNamed(page, prompt);
    expect(overlap(first!, second!)).toBe(false);
    for (const result of [first!, second!]) {
      for (const other of page.children.filter((n) => n.name !== prompt)) {
        expect(overlap(result, other), `${result.name} on ${other.name}`).toBe(false);
      }
    }
    expect(await session.errorsAsync()).toEqual([]);
  });
});

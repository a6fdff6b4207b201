/**
 * Brand colours: the palette is prefilled from the document (Figma colour
 * styles and colour variables, Penpot library colours), and a vector
 * generated with "Map to palette" lands in those colours only.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { allNodes } from './scene';

const e2e = useE2e();

const DOCUMENT_COLOURS = {
  figma: ['#1f2a44', '#ff6b4a', '#ffc23c', '#14b8a6', '#4f46e5', '#f59e0b'],
  penpot: ['#1f2a44', '#ff6b4a', '#ffc23c', '#4f46e5', '#f59e0b'],
} as const;

describe.each(HOSTS)('%s: brand palette', (host) => {
  it('prefills the palette from the document and recolours a vector to it', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    await session.openVectorOptionsAsync();
    const palette = session.ui.getByRole('textbox', { name: 'Palette' });
    const listed = (await palette.inputValue()).split(/\s*,\s*/).map((c) => c.toLowerCase());
    expect(listed.sort()).toEqual([...DOCUMENT_COLOURS[host]].sort());

    await session.ui.getByLabel('Recolour').selectOption('palette');
    const prompt = `brand icon set: a shield for ${host}`;
    const node = await session.generateNodeAsync({ prompt, model: 'recraft-v4-text-to-vector' });

    const colours = allNodes(node).flatMap((n) =>
      n.fills.filter((f) => f.type === 'SOLID').map((f) => f.color),
    );
    expect(colours.length).toBeGreaterThan(2);
    for (const colour of colours) expect(listed).toContain(colour?.toLowerCase());
  });
});

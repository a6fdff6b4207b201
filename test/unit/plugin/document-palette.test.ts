/**
 * The palette the designer typed is kept in the document: saved by 'save-palette', sent back in init as
 * savedPalette (beside the document's own colours, which never replace it), per document.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_PALETTE_MAX, readPalette } from '../../../core/color/document-palette';
import { FakeScene } from './fake-scene';
import { initOf, startOn } from './harness';

describe('the typed palette, per document', () => {
  it('reads colours as the hex rule does, each once, and refuses what is not a short list', () => {
    expect(readPalette(['#ABC', '1e88e5', 'nope', '#aabbcc'])).toEqual(['#aabbcc', '#1e88e5']);
    expect(readPalette('#abc')).toBeUndefined();
    expect(readPalette(Array.from({ length: DOCUMENT_PALETTE_MAX + 1 }, () => '#000'))).toBeUndefined();
  });

  const DOCUMENT_COLOUR = { kind: 'style', id: 's1', name: 'Ink', hex: '#010203' } as const;

  for (const name of ['figma', 'penpot'] as const) {
    it(`${name}: is kept in the document and comes back on the next open, beside the document's colours`, async () => {
      const scene = new FakeScene();
      const first = await startOn({ name, scene, swatches: [DOCUMENT_COLOUR] });
      expect((await initOf(first.host)).savedPalette).toBeUndefined();
      first.host.send({ type: 'save-palette', palette: ['#FF0000', 'red-ish', '#00ff00'] });
      await expect.poll(() => scene.documentData.size).toBe(1);

      const again = await startOn({ name, scene, swatches: [DOCUMENT_COLOUR] });
      const init = await initOf(again.host);
      expect(init.savedPalette).toEqual(['#ff0000', '#00ff00']);
      expect(init.palette).toEqual(['#010203']);

      // Another document knows nothing of it.
      const other = await startOn({ name, swatches: [DOCUMENT_COLOUR] });
      expect((await initOf(other.host)).savedPalette).toBeUndefined();
    });
  }

  it('forgets it when the designer empties it, so the document colours are offered again', async () => {
    const scene = new FakeScene();
    const { host } = await startOn({ scene });
    host.send({ type: 'save-palette', palette: ['#123456'] });
    await expect.poll(() => scene.documentData.size).toBe(1);
    host.send({ type: 'save-palette', palette: [] });
    await expect.poll(() => scene.documentData.size).toBe(0);
    expect((await initOf((await startOn({ scene })).host)).savedPalette).toBeUndefined();
  });

  it('ignores damaged document data rather than failing to open', async () => {
    const scene = new FakeScene();
    scene.documentData.set('recraft-palette', '{not json');
    const init = await initOf((await startOn({ scene })).host);
    expect(init.savedPalette).toBeUndefined();
    expect(init.type).toBe('init');
  });
});

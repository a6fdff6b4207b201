/**
 * Issue 13: one brand kit per document, kept in the document (not the designer's storage), read at init and
 * saved by 'save-brand-kit' once validateBrandKit passes it; the UI hears the kit as saved.
 */
import { describe, expect, it } from 'vitest';
import { BRAND_KIT_VERSION, type BrandKit } from '../../../core/brand/types';
import { asUiMessage } from '../../../core/protocol/guard';
import { FakeScene } from './fake-scene';
import { initOf, startOn } from './harness';

const KIT: BrandKit = {
  version: BRAND_KIT_VERSION,
  palette: [
    { role: 'primary', hex: '#4F46E5' },
    { role: 'background', hex: '#ffffff' },
  ],
  styleWords: 'flat, rounded',
  icon: { size: 24, padding: 2, colourMode: 'palette' },
  prefix: 'brand',
  vectorModel: 'recraft-v4-text-to-vector',
  rasterModel: 'recraft-v4-text-to-image',
};

describe('the brand kit, per document', () => {
  for (const name of ['figma', 'penpot'] as const) {
    it(`${name}: is saved in the document, answered as saved, and read by every later open of that document`, async () => {
      const scene = new FakeScene();
      const first = await startOn({ name, scene });
      expect((await initOf(first.host)).brandKit).toBeUndefined();
      const from = first.host.messages.length;
      first.host.send({ type: 'save-brand-kit', requestId: 'k1', kit: KIT });
      const answer = await first.host.waitFor('brand-kit', from);
      // Colours normalised as the kit's own export writes them.
      const saved = { ...KIT, palette: [{ role: 'primary', hex: '#4f46e5' }, KIT.palette[1]] };
      expect(answer).toMatchObject({ requestId: 'k1', kit: saved });

      // Another user's storage, the same document: the kit is the document's, not the user's.
      expect([...first.host.stored.values()].some((text) => text.includes('flat, rounded'))).toBe(false);
      const teammate = await startOn({ name, scene });
      expect((await initOf(teammate.host)).brandKit).toEqual(saved);

      const other = await startOn({ name });
      expect((await initOf(other.host)).brandKit).toBeUndefined();
    });
  }

  it('refuses a kit the one rule refuses, saying which field, and keeps the saved one', async () => {
    const scene = new FakeScene();
    const { host } = await startOn({ scene });
    host.send({ type: 'save-brand-kit', requestId: 'k1', kit: KIT });
    await host.waitFor('brand-kit');
    const before = new Map(scene.documentData);
    const from = host.messages.length;
    const bad = { ...KIT, palette: [...KIT.palette, { role: 'primary', hex: '#000000' }] };
    host.send({ type: 'save-brand-kit', requestId: 'k2', kit: bad });
    const error = await host.waitFor('error', from);
    expect(error.requestId).toBe('k2');
    expect(error.error.message).toMatch(/primary/);
    expect(scene.documentData).toEqual(before);
    expect(host.messages.slice(from).some((m) => m.type === 'brand-kit')).toBe(false);
  });

  it('reads damaged or forged document data as no kit rather than failing to open', async () => {
    for (const text of [
      '{not json',
      JSON.stringify({ ...KIT, version: 99 }),
      JSON.stringify({ ...KIT, prefix: '' }),
    ]) {
      const scene = new FakeScene();
      scene.documentData.set('recraft-brand-kit', text);
      const init = await initOf((await startOn({ scene })).host);
      expect(init.type).toBe('init');
      expect(init.brandKit).toBeUndefined();
    }
  });

  it('guards the message: a kit must be one in shape', () => {
    expect(asUiMessage({ type: 'save-brand-kit', requestId: 'r', kit: KIT })).toBeDefined();
    expect(
      asUiMessage({ type: 'save-brand-kit', requestId: 'r', kit: { ...KIT, palette: 'red' } }),
    ).toBeUndefined();
    expect(asUiMessage({ type: 'save-brand-kit', kit: KIT })).toBeUndefined();
  });
});

/**
 * The Figma host adapter's set and placement capabilities run against the
 * playground's emulated Figma (playground.runScript), without the UI: a set's
 * container and components, variants, colour binding, Regenerate in place
 * with an instance following, free spots and reveal.
 */
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2e } from './e2e-suite';
import type { PlaygroundSession } from './playground-session';
import { allNodes, byId, overlaps } from './scene';
import { DEMO_SET_SUBJECTS } from '../../dev/demo-set';

const e2e = useE2e();
let adapter = '';

beforeAll(async () => {
  const built = await esbuild.build({
    entryPoints: ['test/e2e/figma-adapter/entry.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__adapter',
    target: 'es2020',
  });
  adapter = built.outputFiles[0]!.text;
});

/** Runs `scenario` (an async function body using `__adapter`) in the emulated sandbox; returns what it returns. */
async function runAsync<T>(session: PlaygroundSession, scenario: string): Promise<T> {
  const code = `${adapter}\n(async () => { ${scenario} })().then(done, (e) => fail(String(e && e.stack || e)));`;
  return (await session.page.evaluate((c) => window.playground.runScript(c), code)) as T;
}

const snapshot = (session: PlaygroundSession) => session.page.evaluate(() => window.playground.snapshot());

const SUBJECTS = DEMO_SET_SUBJECTS;

/** Makes a container and lands the subjects in a scrambled order; returns the container id and component ids. */
const LAND_SET = (variants: number, bind = 'undefined') => `
  const { host, meta, icon, TWO_COLOUR_SVG } = __adapter;
  const subjects = ${JSON.stringify(SUBJECTS)};
  const containerId = await host.createSetContainerAsync({
    name: 'Brand icons', iconSize: 24, perRow: 8, count: subjects.length, variants: ${variants},
    at: { x: 1000, y: 1000 },
  });
  const order = [5, 0, 11, 3, 7, 1, 9, 2, 10, 4, 8, 6];
  const ids = {};
  for (let variant = ${variants}; variant >= 1; variant--) {
    for (const index of order) {
      const subject = subjects[index];
      ids[subject + '/' + variant] = await host.placeIconAsync(
        { kind: 'svg', svg: TWO_COLOUR_SVG },
        { containerId, name: 'icon/' + subject, order: index, variant, variants: ${variants}, size: 24,
          bind: ${bind}, icon: icon(subject, index, variant) },
        meta('task-' + index + '-' + variant),
      );
    }
  }
  return { containerId, ids };
`;

describe('figma: the host adapter against the emulated Figma', () => {
  it('lands a set as components in list order, each 24 × 24 with one vector per colour, in a wrapping frame', async () => {
    const session = await e2e.openAsync('figma');
    const { containerId } = await runAsync<{ containerId: string }>(session, LAND_SET(1));
    const container = byId(await snapshot(session), containerId)!;
    expect(container).toMatchObject({
      type: 'FRAME',
      name: 'Brand icons',
      absoluteX: 1000,
      absoluteY: 1000,
      width: 24 * 17,
      height: 24 * 5,
      layout: {
        direction: 'row',
        wrap: true,
        gap: 24,
        rowGap: 24,
        hugHeight: true,
        hugWidth: false,
        minHeight: 120,
      },
    });
    expect(container.children.map((c) => c.name)).toEqual(SUBJECTS.map((s) => `icon/${s}`));
    for (const [i, component] of container.children.entries()) {
      expect(component).toMatchObject({ type: 'COMPONENT', component: 'main', width: 24, height: 24 });
      expect(component.x).toBe(24 + (i % 8) * 48);
      expect(component.y).toBe(24 + Math.floor(i / 8) * 48);
      expect(component.children.map((c) => c.type)).toEqual(['VECTOR', 'VECTOR']);
      expect(component.children[0]!.fills).toMatchObject([{ type: 'SOLID', color: '#111111' }]);
      expect(component.children[1]!.strokes).toMatchObject([{ type: 'SOLID', color: '#ff0000' }]);
      const meta = JSON.parse(component.pluginData.recraft!) as { icon: { index: number } };
      expect(meta.icon.index).toBe(i);
    }
    const components = container.children;
    for (const a of components) for (const b of components) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('joins a subject’s variants into one component set, Option=1…N, sets in list order', async () => {
    const session = await e2e.openAsync('figma');
    const { containerId } = await runAsync<{ containerId: string }>(session, LAND_SET(2));
    const container = byId(await snapshot(session), containerId)!;
    expect(container.children.map((c) => c.name)).toEqual(SUBJECTS.map((s) => `icon/${s}`));
    for (const set of container.children) {
      expect(set).toMatchObject({ type: 'COMPONENT_SET', component: 'set', height: 24, width: 72 });
      expect(set.children.map((c) => [c.type, c.name, c.width, c.height])).toEqual([
        ['COMPONENT', 'Option=1', 24, 24],
        ['COMPONENT', 'Option=2', 24, 24],
      ]);
    }
  });

  it('binds every fill and stroke to a colour variable or a paint style, and they follow it', async () => {
    const session = await e2e.openAsync('figma');
    const swatches = await runAsync<{ kind: string; id: string; name: string; hex: string }[]>(
      session,
      'return __adapter.host.swatchesAsync();',
    );
    expect(swatches).toEqual(
      expect.arrayContaining([
        { kind: 'variable', id: 'VariableID:1:3', name: 'Brand/Primary', hex: '#4f46e5' },
        { kind: 'variable', id: 'VariableID:1:4', name: 'Brand/Accent', hex: '#f59e0b' },
        { kind: 'style', id: 'S:brand1,', name: 'Brand/Ink', hex: '#1f2a44' },
      ]),
    );
    const primary = JSON.stringify(swatches.find((s) => s.name === 'Brand/Primary'));
    const { containerId } = await runAsync<{ containerId: string }>(session, LAND_SET(1, primary));
    await session.page.evaluate(() => window.playground.setColour('VariableID:1:3', '#123456'));
    const vectors = allNodes(byId(await snapshot(session), containerId)!).filter((n) => n.type === 'VECTOR');
    expect(vectors).toHaveLength(24);
    const paints = vectors.flatMap((v) => [...v.fills, ...v.strokes]);
    expect(paints).toHaveLength(24);
    for (const paint of paints)
      expect(paint).toMatchObject({ color: '#123456', binding: { kind: 'variable', id: 'VariableID:1:3' } });

    const ink = JSON.stringify(swatches.find((s) => s.name === 'Brand/Ink'));
    const styled = await runAsync<{ ids: Record<string, string> }>(session, LAND_SET(1, ink));
    const home = byId(await snapshot(session), styled.ids['home/1']!)!;
    for (const paint of home.children.flatMap((v) => [...v.fills, ...v.strokes]))
      expect(paint).toMatchObject({ color: '#1f2a44', binding: { kind: 'style', id: 'S:brand1,' } });
  });

  it('regenerates an icon in place: same id, name and place, new drawing, instances following', async () => {
    const session = await e2e.openAsync('figma');
    const { ids } = await runAsync<{ ids: Record<string, string> }>(session, LAND_SET(1));
    const id = ids['bell/1']!;
    const before = byId(await snapshot(session), id)!;
    const instanceId = await session.page.evaluate((c) => window.playground.createInstance(c), id);
    const replaced = await runAsync<string>(
      session,
      `const { host, meta, icon, ONE_COLOUR_SVG } = __adapter;
       return host.replaceIconAsync(${JSON.stringify(id)}, { kind: 'svg', svg: ONE_COLOUR_SVG }, icon('bell', 4), meta('again'));`,
    );
    expect(replaced).toBe(id);
    const page = await snapshot(session);
    const after = byId(page, id)!;
    expect(after).toMatchObject({
      name: 'icon/bell',
      absoluteX: before.absoluteX,
      absoluteY: before.absoluteY,
      width: 24,
    });
    expect(after.children.map((c) => c.fills[0]?.color)).toEqual(['#222222']);
    expect(JSON.parse(after.pluginData.recraft!)).toMatchObject({
      taskId: 'again',
      icon: { subject: 'bell' },
    });
    const instance = byId(page, instanceId)!;
    expect(instance).toMatchObject({ type: 'INSTANCE', mainComponentId: id });
    expect(instance.children.map((c) => c.fills[0]?.color)).toEqual(['#222222']);
  });

  it('makes an illustration set’s image icon a component holding the image, fitted, in a frame reserving every row', async () => {
    const session = await e2e.openAsync('figma');
    const { id, containerId } = await runAsync<{ id: string; containerId: string }>(
      session,
      `const { host, meta, icon, PIXEL_PNG } = __adapter;
       const containerId = await host.createSetContainerAsync({
         name: 'Pictures', iconSize: 48, perRow: 8, count: 9, variants: 1, at: { x: 0, y: 2000 },
       });
       const id = await host.placeIconAsync(
         { kind: 'image', bytes: figma.base64Decode(PIXEL_PNG), mime: 'image/png', width: 1, height: 1 },
         { containerId, name: 'icon/sun', order: 0, variant: 1, variants: 1, size: 48, icon: icon('sun', 0) },
         meta('picture'),
       );
       return { id, containerId };`,
    );
    const page = await snapshot(session);
    const component = byId(page, id)!;
    expect(component).toMatchObject({
      type: 'COMPONENT',
      name: 'icon/sun',
      width: 48,
      height: 48,
      fills: [],
    });
    expect(component.children).toMatchObject([
      {
        type: 'RECTANGLE',
        width: 48,
        height: 48,
        fills: [{ type: 'IMAGE', scaleMode: 'FIT', imageWidth: 1 }],
      },
    ]);
    // One icon of nine so far: the frame already takes both rows' height, 48 × (2 × 2 + 1).
    expect(byId(page, containerId)).toMatchObject({ width: 48 * 17, height: 240 });
  });

  it('names the icon component a selected vector is in', async () => {
    const session = await e2e.openAsync('figma');
    const { ids } = await runAsync<{ ids: Record<string, string> }>(session, LAND_SET(1));
    const heart = byId(await snapshot(session), ids['heart/1']!)!;
    await session.page.evaluate((vector) => window.playground.select([vector]), heart.children[0]!.id);
    const selection = await runAsync<{ regenerate?: { nodeId: string; name: string } }>(
      session,
      'return __adapter.host.selectionAsync();',
    );
    expect(selection.regenerate).toMatchObject({ nodeId: heart.id, name: 'icon/heart' });
  });

  it('finds free spots that never overlap, reveals an area without selecting, and reads bounds', async () => {
    const session = await e2e.openAsync('figma');
    const result = await runAsync<{
      ids: string[];
      frameSpot: { x: number; y: number };
      view: { center: { x: number; y: number }; bounds: { x: number; width: number } };
      bounds: { width: number };
    }>(
      session,
      `const { host, meta, ONE_COLOUR_SVG } = __adapter;
       const ids = [];
       for (let i = 0; i < 4; i++) {
         const at = await host.freeSpotAsync(24, 24);
         ids.push(await host.insertSvgAsync(ONE_COLOUR_SVG, 'single ' + i, at, meta('single-' + i)));
       }
       const frame = figma.currentPage.children.find((n) => n.name === 'Frame 1');
       const frameSpot = await host.freeSpotAsync(100, 100, frame.id);
       await host.revealAsync({ x: 5000, y: 5000, width: 4000, height: 200 });
       const view = { center: figma.viewport.center, bounds: figma.viewport.bounds };
       return { ids, frameSpot, view, bounds: await host.boundsAsync(ids[0]) };`,
    );
    const page = await snapshot(session);
    const top = page.children;
    const singles = result.ids.map((id) => byId(page, id)!);
    for (const single of singles) {
      expect(single.width).toBe(24);
      for (const other of top) if (other.id !== single.id) expect(overlaps(single, other)).toBe(false);
    }
    expect(result.frameSpot).toEqual({ x: 190, y: 130 });
    expect(result.bounds.width).toBe(24);
    // Centred on the area, zoomed out until all 4000 px of it show, with a margin.
    expect(result.view.center).toEqual({ x: 7000, y: 5100 });
    expect(result.view.bounds.x).toBeLessThan(5000);
    expect(result.view.bounds.x + result.view.bounds.width).toBeGreaterThan(9000);
    expect(await session.page.evaluate(() => window.playground.selection())).toEqual([]);
  });
});

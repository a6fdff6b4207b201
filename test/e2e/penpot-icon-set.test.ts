/**
 * Icon sets in Penpot, in Penpot's real plugin runtime over the emulated
 * file: through the real UI, a set lands as one board with a wrapping flex
 * layout holding a component per subject (its main instance, a board of
 * exactly 24 × 24) in list order, none overlapping, holding its drawing's
 * paths directly (one per paint, in paint order, the drawing centred); one
 * colour bound to a library colour follows it when it changes; a subject's
 * variants become one variant container; an instance follows its main.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { useE2e } from './e2e-suite';
import { RESULT_TIMEOUT, SCENE_WAIT, type PlaygroundSession } from './playground-session';
import { allNodes, type SnapshotNode } from './scene';

const e2e = useE2e();
afterEach(() => e2e.world().mock.setSvgOverride(null));

/** Two overlapping red discs (kept apart by the pipeline: overlapping fills never merge) and a blue dot on them. */
const TWO_COLOURS =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">' +
  '<circle cx="30" cy="30" r="25" fill="#e11d48"/><circle cx="50" cy="30" r="25" fill="#e11d48"/>' +
  '<circle cx="50" cy="80" r="15" fill="#16a34a"/></svg>';

const SUBJECTS = ['home', 'search', 'user', 'bell'];

interface SetOptions {
  readonly name: string;
  readonly subjects: readonly string[];
  readonly variants?: number;
  /** Bind every icon to this library colour (One colour). */
  readonly bindTo?: string;
  /** Keep the model's colours. */
  readonly keep?: boolean;
  readonly model?: string;
}

async function generateSetAsync(session: PlaygroundSession, options: SetOptions): Promise<SnapshotNode> {
  const { ui } = session;
  await ui.getByRole('tab', { name: 'Icon set' }).click();
  await ui.getByLabel('Icons').fill(options.subjects.join('\n'));
  await ui.getByLabel('Set name').fill(options.name);
  if (options.variants) await ui.getByLabel('Variants per icon').fill(String(options.variants));
  if (options.model) await ui.getByLabel('Model', { exact: true }).selectOption(options.model);
  if (options.keep) await ui.getByLabel("Keep the model's colours").check();
  if (options.bindTo) {
    await ui.getByLabel('One colour').check();
    await ui.getByLabel('Document colour').selectOption({ label: options.bindTo });
  }
  await ui.getByRole('button', { name: /^Generate set/ }).click();
  const expected = options.subjects.length * (options.variants ?? 1);
  await session.page.waitForFunction(
    ([name, count]) => {
      const all: SnapshotNode[] = [];
      const walk = (n: SnapshotNode) => (all.push(n), n.children.forEach(walk));
      walk(window.playground.snapshot());
      const set = all.find((n) => n.name === name);
      return set !== undefined && all.filter((n) => n.component === 'main').length >= count;
    },
    [options.name, expected] as const,
    { ...SCENE_WAIT, timeout: RESULT_TIMEOUT * 2 },
  );
  const container = allNodes(await session.snapshotAsync()).find((n) => n.name === options.name);
  if (!container) throw new Error(`No board named ${options.name}`);
  return container;
}

function overlap(a: SnapshotNode, b: SnapshotNode): boolean {
  return (
    a.absoluteX < b.absoluteX + b.width &&
    b.absoluteX < a.absoluteX + a.width &&
    a.absoluteY < b.absoluteY + b.height &&
    b.absoluteY < a.absoluteY + a.height
  );
}

/** What a drawing looks like, ids and place aside. */
function look(node: SnapshotNode): unknown {
  const { type, width, height, fills, strokes, children } = node;
  return { type, width, height, fills, strokes, children: children.map(look) };
}

/** What a path paints, as the snapshot shows it (a bound paint in its colour's value). */
function paintKey(node: SnapshotNode): string {
  const brief = (paints: SnapshotNode['fills']) => paints.map((p) => [p.type, p.color ?? null]);
  return JSON.stringify([brief(node.fills), brief(node.strokes)]);
}

/**
 * A component as a design system reads it: the board holds the drawing's paths itself (no wrapper group), one
 * per paint, and the drawing's bounds are centred in the board (to the rounding of its place to whole pixels).
 */
function expectFlatIcon(icon: SnapshotNode): void {
  const paths = icon.children;
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.map((p) => [p.type, p.children.length])).toEqual(paths.map(() => ['path', 0]));
  const keys = paths.map(paintKey);
  expect(new Set(keys).size).toBe(keys.length);
  const left = Math.min(...paths.map((p) => p.absoluteX)) - icon.absoluteX;
  const top = Math.min(...paths.map((p) => p.absoluteY)) - icon.absoluteY;
  const right = icon.absoluteX + icon.width - Math.max(...paths.map((p) => p.absoluteX + p.width));
  const bottom = icon.absoluteY + icon.height - Math.max(...paths.map((p) => p.absoluteY + p.height));
  expect(Math.abs(left - right)).toBeLessThanOrEqual(1);
  expect(Math.abs(top - bottom)).toBeLessThanOrEqual(1);
  expect(Math.min(left, top, right, bottom)).toBeGreaterThanOrEqual(0);
}

/** Flow order: rows top to bottom, left to right in a row. */
function inFlowOrder(nodes: readonly SnapshotNode[]): SnapshotNode[] {
  return [...nodes].sort((a, b) => a.absoluteY - b.absoluteY || a.absoluteX - b.absoluteX);
}

describe('penpot: icon sets', () => {
  it('lands a component per subject in one wrapping board, in list order, bound to a library colour', async () => {
    const session = await e2e.openAsync('penpot', { key: DEMO_KEY });
    const primary = (await session.page.evaluate(() => window.playground.colours())).find(
      (c) => c.name === 'Brand/Primary',
    );
    expect(primary?.kind).toBe('library');
    const container = await generateSetAsync(session, {
      name: 'Brand icons',
      subjects: SUBJECTS,
      bindTo: 'Brand/Primary',
    });

    expect(container.type).toBe('board');
    expect(container.layout).toMatchObject({ direction: 'row', wrap: true, gap: 24, rowGap: 24 });
    const icons = inFlowOrder(container.children);
    expect(icons.map((n) => n.name)).toEqual(SUBJECTS.map((s) => `icon/${s}`));
    for (const icon of icons) {
      expect(icon).toMatchObject({ type: 'board', component: 'main', width: 24, height: 24 });
      expect(JSON.parse(icon.pluginData.recraft ?? '{}').icon?.subject).toBeDefined();
      expectFlatIcon(icon);
      const paints = allNodes(icon)
        .slice(1)
        .flatMap((n) => [...n.fills, ...n.strokes])
        .filter((p) => p.type === 'SOLID');
      expect(paints.length).toBeGreaterThan(0);
      for (const paint of paints) expect(paint.binding).toEqual({ kind: 'library', id: primary!.id });
    }
    for (const [i, a] of icons.entries())
      for (const b of icons.slice(i + 1)) expect(overlap(a, b)).toBe(false);

    // The library colour changes: every icon follows; an instance follows its main.
    const home = icons[0]!;
    const instanceId = await session.page.evaluate((id) => window.playground.createInstance(id), home.id);
    await session.page.evaluate((id) => window.playground.setColour(id, '#123456'), primary!.id);
    const after = await session.snapshotAsync();
    const instance = allNodes(after).find((n) => n.id === instanceId)!;
    expect(instance).toMatchObject({ component: 'instance', mainComponentId: home.id, width: 24 });
    const colours = allNodes(instance)
      .flatMap((n) => [...n.fills, ...n.strokes])
      .filter((p) => p.binding)
      .map((p) => p.color);
    expect(colours.length).toBeGreaterThan(0);
    expect(new Set(colours)).toEqual(new Set(['#123456']));
    expect(await session.errorsAsync()).toEqual([]);
  });

  it("joins a subject's variants into one variant container, Option=1…N", async () => {
    const session = await e2e.openAsync('penpot', { key: DEMO_KEY });
    const container = await generateSetAsync(session, {
      name: 'Variants',
      subjects: ['home', 'mail'],
      variants: 3,
    });
    const sets = inFlowOrder(container.children);
    expect(sets.map((n) => [n.name, n.component])).toEqual([
      ['icon/home', 'set'],
      ['icon/mail', 'set'],
    ]);
    for (const set of sets) {
      expect(set.children.map((c) => [c.component, c.width, c.height])).toEqual([
        ['main', 24, 24],
        ['main', 24, 24],
        ['main', 24, 24],
      ]);
      // Each main's Option is its own variant's number.
      for (const main of set.children) {
        expectFlatIcon(main);
        const variant = JSON.parse(main.pluginData.recraft ?? '{}').icon?.variant;
        const props = await session.page.evaluate((id) => window.playground.variantProperties(id), main.id);
        expect(props).toEqual({ Option: String(variant) });
      }
      const variants = set.children.map((c) => JSON.parse(c.pluginData.recraft ?? '{}').icon?.variant);
      expect([...variants].sort()).toEqual([1, 2, 3]);
      for (const [i, a] of set.children.entries())
        for (const b of set.children.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
    expect(overlap(sets[0]!, sets[1]!)).toBe(false);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('regenerates an icon in place: same component, name and place, its instance following', async () => {
    const session = await e2e.openAsync('penpot', { key: DEMO_KEY });
    const container = await generateSetAsync(session, { name: 'One', subjects: ['star'] });
    const [main] = container.children;
    const instanceId = await session.page.evaluate((id) => window.playground.createInstance(id), main!.id);
    const leaf = allNodes(main!).at(-1)!;
    await session.selectAsync([leaf.id]);
    await session.ui.getByRole('button', { name: 'Regenerate this icon' }).click();
    // Regenerated: the main carries the new task's meta and a drawing again.
    await session.page.waitForFunction(
      ([id, before]) => {
        const find = (n: SnapshotNode): SnapshotNode | undefined =>
          n.id === id ? n : n.children.map(find).find(Boolean);
        const board = find(window.playground.snapshot());
        return board !== undefined && board.children.length > 0 && board.pluginData.recraft !== before;
      },
      [main!.id, main!.pluginData.recraft] as const,
      SCENE_WAIT,
    );
    const after = await session.snapshotAsync();
    const regenerated = allNodes(after).find((n) => n.id === main!.id)!;
    expect(regenerated).toMatchObject({
      name: 'icon/star',
      component: 'main',
      width: 24,
      height: 24,
      absoluteX: main!.absoluteX,
      absoluteY: main!.absoluteY,
    });
    expect(allNodes(after).filter((n) => n.component === 'main')).toHaveLength(1);
    expectFlatIcon(regenerated);
    const meta = JSON.parse(regenerated.pluginData.recraft ?? '{}');
    expect(meta.icon).toMatchObject({ subject: 'star', index: 0, variant: 1 });
    expect(meta.taskId).not.toBe(JSON.parse(main!.pluginData.recraft ?? '{}').taskId);
    // The instance stays linked and shows the main's drawing.
    const instance = allNodes(after).find((n) => n.id === instanceId)!;
    expect(instance.mainComponentId).toBe(main!.id);
    expect(look(instance)).toEqual(look(regenerated));
    expect(await session.errorsAsync()).toEqual([]);
  });

  it("flattens each colour's shapes into one path", async () => {
    e2e.world().mock.setSvgOverride(TWO_COLOURS);
    const session = await e2e.openAsync('penpot', { key: DEMO_KEY });
    const container = await generateSetAsync(session, { name: 'Flat', subjects: ['badge'], keep: true });
    const [icon] = container.children;
    expectFlatIcon(icon!);
    // In paint order, the board's first child at the bottom: the red discs, then the green dot drawn over them.
    const colours = icon!.children.map((n) => n.fills.find((f) => f.type === 'SOLID')?.color);
    expect(colours).toEqual(['#e11d48', '#16a34a']);
    // The red path is both discs: wider than tall.
    const red = icon!.children[0]!;
    expect(red.width).toBeGreaterThan(red.height * 1.2);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('lands a raster icon as an image in its 24 × 24 component', async () => {
    const session = await e2e.openAsync('penpot', { key: DEMO_KEY });
    const container = await generateSetAsync(session, {
      name: 'Pictures',
      subjects: ['sun'],
      model: 'recraft-v4-text-to-image',
    });
    const [icon] = container.children;
    expect(icon).toMatchObject({ name: 'icon/sun', component: 'main', width: 24, height: 24 });
    const [image] = icon!.children;
    expect(image).toMatchObject({ type: 'rectangle', width: 24, height: 24 });
    expect(image!.fills.map((f) => f.type)).toEqual(['IMAGE']);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

/**
 * Issue 11's icon set through the plugin's real UI, in both hosts: twelve
 * subjects become twelve 24 × 24 components named icon/<subject> in one
 * container, in list order and clear of each other, twelve tasks charged and
 * one notification; two variants per subject become component sets of two;
 * one colour bound to a document colour follows that colour when it changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import type { Host, PlaygroundSession } from './playground-session';
import { allNodes, byId, byName, inReadingOrder, overlaps, type SnapshotNode } from './scene';
import { DEMO_SET_SUBJECTS } from '../../dev/demo-set';

const e2e = useE2e();
const CREATE_PATH = '/api/v1/images/generations';
const CREDITS_PER_ICON = 20;
const SUBJECTS = DEMO_SET_SUBJECTS;
/** What each host calls a component main, a set of variants, and the set's container. */
const TYPES: Readonly<Record<Host, { component: string; variants: string; container: string }>> = {
  figma: { component: 'COMPONENT', variants: 'COMPONENT_SET', container: 'FRAME' },
  penpot: { component: 'board', variants: 'board', container: 'board' },
};

/** The seeded document colours a set is bound to: Figma's variable and paint style, Penpot's library colour. */
const BOUND: Readonly<Record<Host, readonly (readonly [string, string])[]>> = {
  figma: [
    ['Brand/Primary', 'variable'],
    ['Brand/Coral', 'style'],
  ],
  penpot: [['Brand/Primary', 'library']],
};

afterEach(() => {
  e2e.world().mock.setBalance(DEMO_KEY, 1000);
  e2e.world().mock.clearFaults();
});

/** The set's container on the page (or wherever it went). */
function containerOf(page: SnapshotNode, name: string): SnapshotNode {
  const container = byName(page, name);
  if (!container) throw new Error(`No container named "${name}" after the set settled.`);
  return container;
}

function expectApart(nodes: readonly SnapshotNode[]): void {
  for (const [i, a] of nodes.entries())
    for (const b of nodes.slice(i + 1)) expect(overlaps(a, b), `${a.name} on ${b.name}`).toBe(false);
}

/** Every solid paint inside an icon (its drawing; the component itself has none of its own). */
function drawingPaints(icon: SnapshotNode) {
  return allNodes(icon)
    .slice(1)
    .flatMap((n) => [...n.fills, ...n.strokes])
    .filter((p) => p.type === 'SOLID');
}

/** What a layer paints: its fills' and strokes' colours. */
function paintKey(node: SnapshotNode): string {
  const colours = (paints: SnapshotNode['fills']) => paints.map((p) => p.color ?? p.type).join(',');
  return `${colours(node.fills)}|${colours(node.strokes)}`;
}

async function notificationsAsync(session: PlaygroundSession) {
  return session.page.evaluate(() => window.playground.notifications().map((n) => n.message));
}

describe.each(HOSTS)('%s: an icon set through the UI', (host) => {
  it('lands the twelve subjects as 24 × 24 components icon/<subject>, in one container, in list order, twelve tasks charged', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const tasksBefore = mock.tasks().length;
    const balanceBefore = mock.balance(DEMO_KEY)!;
    mock.clearLog();
    const name = `Brand icons (${host})`;
    // A shape the designer had selected stays selected: the set lands without taking the selection.
    const rectangle = byName(await session.snapshotAsync(), 'Rectangle 1')!;
    await session.selectAsync([rectangle.id]);
    // One icon's drawing arrives late, so the icons do not finish in list order.
    mock.addFault({ method: 'GET', path: '/files/', kind: { type: 'delay', ms: 2500 } });
    await session.generateSetAsync({ subjects: SUBJECTS, name, confirm: true });

    expect(await session.waitForSetSettledAsync(name)).toMatch(/^12 of 12 · /);
    const container = containerOf(await session.snapshotAsync(), name);
    expect(container.type).toBe(TYPES[host].container);
    expect(container.children).toHaveLength(12);
    const icons = inReadingOrder(container.children);
    expect(icons.map((n) => n.name)).toEqual(SUBJECTS.map((s) => `icon/${s}`));
    for (const icon of icons) {
      expect(icon).toMatchObject({ type: TYPES[host].component, component: 'main', width: 24, height: 24 });
      expect(drawingPaints(icon).length, `${icon.name} has a drawing`).toBeGreaterThan(0);
      // Flattened: one layer per paint, never two layers of the same colours.
      const leaves = allNodes(icon).filter((n) => n !== icon && n.children.length === 0);
      const paints = leaves.map((n) => paintKey(n));
      expect(new Set(paints).size, `${icon.name}: ${paints.join('; ')}`).toBe(leaves.length);
    }
    expectApart(icons);
    const mains = allNodes(await session.snapshotAsync()).filter((n) => n.component === 'main');
    expect(mains.map((n) => n.id).sort()).toEqual(icons.map((n) => n.id).sort());
    // The container itself is clear of everything else on the page.
    const page = await session.snapshotAsync();
    for (const other of page.children.filter((n) => n.id !== container.id))
      expect(overlaps(container, other), `the set on ${other.name}`).toBe(false);

    // Twelve tasks, one per subject, each POSTed and charged once.
    const tasks = mock.tasks().slice(tasksBefore);
    expect(tasks.map((t) => t.prompt.split(' icon')[0]).sort()).toEqual([...SUBJECTS].sort());
    const posts = mock.log().filter((e) => e.method === 'POST' && e.path === CREATE_PATH);
    expect(posts.map((e) => e.status)).toEqual(Array(12).fill(200));
    expect(balanceBefore - mock.balance(DEMO_KEY)!).toBe(12 * CREDITS_PER_ICON);

    // One notification for the whole set (Penpot has no toasts: none at all), none per icon.
    const said = await notificationsAsync(session);
    expect(said).toEqual(host === 'figma' ? [`12 icons in '${name}'`] : []);
    // The set's icons are not single results: no task line each in the Tasks list.
    expect(await session.ui.getByRole('list', { name: 'Tasks' }).getByRole('listitem').count()).toBe(0);
    expect(await session.selectionAsync()).toEqual([rectangle.id]);
    // The README's picture of a finished set (npm run screenshots).
    await session.screenshotAsync(`${host}-icon-set`);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('makes a component set of two per subject with two variants, Option=1 and Option=2', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const subjects = ['heart', 'camera', 'lock'];
    const name = `Variants (${host})`;
    await session.generateSetAsync({ subjects, name, variants: 2 });

    expect(await session.waitForSetSettledAsync(name)).toMatch(/^6 of 6 · /);
    const container = containerOf(await session.snapshotAsync(), name);
    const sets = inReadingOrder(container.children);
    expect(sets.map((n) => [n.name, n.type, n.component])).toEqual(
      subjects.map((s) => [`icon/${s}`, TYPES[host].variants, 'set']),
    );
    for (const set of sets) {
      expect(set.children.map((c) => [c.type, c.component, c.width, c.height])).toEqual([
        [TYPES[host].component, 'main', 24, 24],
        [TYPES[host].component, 'main', 24, 24],
      ]);
      const options = await Promise.all(
        set.children.map((c) => session.page.evaluate((id) => window.playground.variantProperties(id), c.id)),
      );
      expect(options.map((o) => o?.Option).sort()).toEqual(['1', '2']);
      expectApart(set.children);
    }
    expectApart(sets);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it.each(BOUND[host])(
    'binds one colour to the document colour %s (%s): changing it recolours every icon and their instances',
    async (colourName, kind) => {
      const session = await e2e.openAsync(host, { key: DEMO_KEY });
      const colour = (await session.page.evaluate(() => window.playground.colours())).find(
        (c) => c.name === colourName,
      );
      expect(colour?.kind).toBe(kind);
      if (!colour) throw new Error(`The seeded document has no ${colourName} colour.`);
      const subjects = ['bell', 'mail', 'trash'];
      const name = `Bound to ${colourName} (${host})`;
      await session.generateSetAsync({ subjects, name, bindTo: colourName });

      expect(await session.waitForSetSettledAsync(name)).toMatch(/^3 of 3 · /);
      const icons = inReadingOrder(containerOf(await session.snapshotAsync(), name).children);
      expect(icons.map((n) => n.name)).toEqual(subjects.map((s) => `icon/${s}`));
      for (const icon of icons) {
        const paints = drawingPaints(icon);
        expect(paints.length, `${icon.name} has a drawing`).toBeGreaterThan(0);
        for (const paint of paints) {
          expect(paint.binding).toEqual({ kind: colour.kind, id: colour.id });
          expect(paint.color).toBe(colour.hex);
        }
      }

      // The designer changes the brand colour: every icon, and an instance placed before, follows.
      const instanceId = await session.page.evaluate(
        (id) => window.playground.createInstance(id),
        icons[0]!.id,
      );
      await session.page.evaluate((id) => window.playground.setColour(id, '#0a7f3c'), colour.id);
      const page = await session.snapshotAsync();
      const recoloured = [...icons, { id: instanceId }].map((n) => byId(page, n.id)!);
      expect(recoloured[3]).toMatchObject({ component: 'instance', mainComponentId: icons[0]!.id });
      for (const node of recoloured) {
        const colours = drawingPaints(node).map((p) => p.color);
        expect(colours.length).toBeGreaterThan(0);
        expect(new Set(colours), node.name).toEqual(new Set(['#0a7f3c']));
      }
      expect(await session.errorsAsync()).toEqual([]);
    },
  );
});

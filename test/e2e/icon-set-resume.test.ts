/**
 * An icon set outlives the plugin's window and its failures, in both hosts:
 * closed mid-set and reopened, it completes with every icon landed once and
 * POSTed once; an icon whose task fails is retried alone and the set
 * completes around it; a gateway limiting tasks at once is met with
 * back-off, each icon still charged once; Regenerate this icon replaces a
 * component's drawing in place, its id, name, place and an instance's link
 * kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { E2E_DURATIONS } from './harness';
import { RESULT_TIMEOUT, WAIT, type PlaygroundSession } from './playground-session';
import { allNodes, byId, byName, inReadingOrder, type SnapshotNode } from './scene';

const e2e = useE2e();
const CREATE_PATH = '/api/v1/images/generations';
/** The set queue's default: this many icons at the gateway at once. */
const AT_ONCE = 4;

afterEach(() => {
  const { mock } = e2e.world();
  mock.setDuration(E2E_DURATIONS!);
  mock.setSvgOverride(null);
  mock.clearFaults();
  mock.setBalance(DEMO_KEY, 1000);
  mock.setMaxConcurrent(null);
});

const creations = () =>
  e2e
    .world()
    .mock.log()
    .filter((e) => e.method === 'POST' && e.path === CREATE_PATH);

/** The set's components, in reading order. */
async function iconsOfAsync(session: PlaygroundSession, setName: string): Promise<SnapshotNode[]> {
  const container = byName(await session.snapshotAsync(), setName);
  if (!container) throw new Error(`No container named "${setName}".`);
  return inReadingOrder(container.children);
}

/** How many of the set's icons the UI shows in each of these states. */
async function statesAsync(
  session: PlaygroundSession,
  setName: string,
  states: readonly string[],
): Promise<Record<string, number>> {
  const items = session
    .setPanel(setName)
    .getByRole('list', { name: 'Icons in the set' })
    .getByRole('listitem');
  const counts = await Promise.all(
    states.map(async (state) => [state, await items.filter({ hasText: state }).count()] as const),
  );
  return Object.fromEntries(counts);
}

/** What a drawing looks like, ids, names and place aside. */
function look(node: SnapshotNode): unknown {
  const { type, width, height, fills, strokes, children } = node;
  return { type, width, height, fills, strokes, children: children.map(look) };
}

const colours = (node: SnapshotNode) =>
  new Set(
    allNodes(node)
      .flatMap((n) => [...n.fills, ...n.strokes])
      .map((p) => p.color),
  );

describe.each(HOSTS)('%s: an icon set resumed, retried, regenerated', (host) => {
  it('closed mid-set and reopened, completes with every icon landed once and POSTed once', async () => {
    const { mock } = e2e.world();
    // Long enough that no icon finishes before the plugin is closed.
    mock.setDuration(6000);
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    mock.clearLog();
    const tasksBefore = mock.tasks().length;
    const subjects = ['home', 'search', 'user', 'settings', 'bell', 'heart'];
    const name = `Resumed (${host})`;
    await session.generateSetAsync({ subjects, name });

    // Four at the gateway, two waiting their turn, none being sent: close now.
    await expect
      .poll(() => statesAsync(session, name, ['Generating', 'Waiting', 'Sending']), {
        timeout: RESULT_TIMEOUT,
      })
      .toEqual({ Generating: AT_ONCE, Waiting: subjects.length - AT_ONCE, Sending: 0 });
    await session.closePluginAsync();
    expect(byName(await session.snapshotAsync(), name)?.children ?? []).toEqual([]);

    // The gateway finishes them while the plugin is closed.
    const finishAt = Math.max(...mock.tasks().map((t) => t.finishAt));
    await expect.poll(() => Date.now() >= finishAt, { timeout: 20_000 }).toBe(true);
    mock.setDuration(E2E_DURATIONS!);
    await session.reopenAsync();

    expect(await session.waitForSetSettledAsync(name)).toMatch(/^6 of 6 · /);
    // Give a duplicate every chance to appear before counting.
    await session.page.waitForTimeout(2000);
    const icons = await iconsOfAsync(session, name);
    expect(icons.map((n) => n.name)).toEqual(subjects.map((s) => `icon/${s}`));
    const page = await session.snapshotAsync();
    for (const s of subjects)
      expect(allNodes(page).filter((n) => n.name === `icon/${s}` && n.component === 'main')).toHaveLength(1);
    const tasks = mock.tasks().slice(tasksBefore);
    expect(tasks.map((t) => t.prompt.split(' icon')[0]).sort()).toEqual([...subjects].sort());
    expect(creations().map((e) => e.status)).toEqual(Array(subjects.length).fill(200));
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('retries a failed icon alone with "Retry <subject>", and the set completes', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    mock.clearLog();
    const tasksBefore = mock.tasks().length;
    const subjects = ['cart', 'mail', 'calendar'];
    const name = `Retried (${host})`;
    mock.failNextTask('The model could not draw this one');
    await session.generateSetAsync({ subjects, name });

    expect(await session.waitForSetSettledAsync(name)).toMatch(/^2 of 3 · 1 failed · /);
    const failedTask = mock
      .tasks()
      .slice(tasksBefore)
      .find((t) => t.fail !== undefined);
    const failed = subjects.find((s) => failedTask?.prompt.startsWith(`${s} icon`));
    if (!failed) throw new Error('The mock failed no task of the set.');
    await expect(session.setItem(name, failed).textContent()).resolves.toMatch(/Failed/);
    expect((await iconsOfAsync(session, name)).map((n) => n.name)).toEqual(
      subjects.filter((s) => s !== failed).map((s) => `icon/${s}`),
    );
    const postsBefore = creations().length;

    await session.ui.getByRole('button', { name: `Retry ${failed}` }).click();
    await expect.poll(() => session.setStatusAsync(name), { timeout: RESULT_TIMEOUT }).toMatch(/^3 of 3 · /);
    await session.page.waitForTimeout(1000);
    const icons = await iconsOfAsync(session, name);
    expect(icons.map((n) => n.name)).toEqual(subjects.map((s) => `icon/${s}`));
    // The retry sent that icon alone, once.
    const retried = mock.tasks().slice(tasksBefore + subjects.length);
    expect(retried.map((t) => t.prompt.split(' icon')[0])).toEqual([failed]);
    expect(
      creations()
        .slice(postsBefore)
        .map((e) => e.status),
    ).toEqual([200]);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('meets a gateway that takes two at a time: backs off on its 429s and completes, each icon charged once', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    mock.clearLog();
    const tasksBefore = mock.tasks().length;
    const balanceBefore = mock.balance(DEMO_KEY)!;
    mock.setMaxConcurrent(2);
    const subjects = ['home', 'search', 'user', 'bell', 'heart'];
    const name = `Limited (${host})`;
    await session.generateSetAsync({ subjects, name });

    expect(await session.waitForSetSettledAsync(name)).toMatch(/^5 of 5 · /);
    expect((await iconsOfAsync(session, name)).map((n) => n.name)).toEqual(subjects.map((s) => `icon/${s}`));
    const statuses = creations().map((e) => e.status);
    expect(statuses.filter((s) => s === 429).length, 'the limit was met').toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 429)).toEqual(Array(subjects.length).fill(200));
    const tasks = mock.tasks().slice(tasksBefore);
    expect(tasks.map((t) => t.prompt.split(' icon')[0]).sort()).toEqual([...subjects].sort());
    expect(balanceBefore - mock.balance(DEMO_KEY)!).toBe(subjects.length * 20);
    expect(await session.errorsAsync()).toEqual([]);
  });

  it('regenerates an icon in place: its id, name and place kept, an instance still linked and showing the new drawing', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const name = `Regenerated (${host})`;
    await session.generateSetAsync({ subjects: ['camera', 'lock'], name });
    expect(await session.waitForSetSettledAsync(name)).toMatch(/^2 of 2 · /);
    const [camera, lock] = await iconsOfAsync(session, name);
    const instanceId = await session.page.evaluate((id) => window.playground.createInstance(id), camera!.id);
    const oldMeta = JSON.parse(camera!.pluginData.recraft ?? '{}') as { taskId?: string };

    // The new drawing is unlike anything the mock drew before: a red disc.
    mock.setSvgOverride(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="#e11d48"/></svg>',
    );
    expect(colours(camera!).has('#e11d48')).toBe(false);
    const postsBefore = creations().length;
    await session.selectAsync([camera!.id]);
    await session.ui.getByRole('button', { name: 'Regenerate this icon' }).click();
    await expect
      .poll(
        async () => {
          const now = byId(await session.snapshotAsync(), camera!.id);
          return now && colours(now).has('#e11d48');
        },
        { timeout: RESULT_TIMEOUT },
      )
      .toBe(true);

    const page = await session.snapshotAsync();
    const regenerated = byId(page, camera!.id)!;
    expect(regenerated).toMatchObject({
      name: 'icon/camera',
      type: camera!.type,
      component: 'main',
      width: 24,
      height: 24,
      absoluteX: camera!.absoluteX,
      absoluteY: camera!.absoluteY,
    });
    const meta = JSON.parse(regenerated.pluginData.recraft ?? '{}') as {
      taskId?: string;
      icon?: { subject: string };
    };
    expect(meta.icon?.subject).toBe('camera');
    expect(meta.taskId).not.toBe(oldMeta.taskId);
    // One icon regenerated, one POST; the set's other icon and the set's count untouched.
    expect(creations().slice(postsBefore)).toHaveLength(1);
    expect(look(byId(page, lock!.id)!)).toEqual(look(lock!));
    expect(allNodes(page).filter((n) => n.name === 'icon/camera' && n.component === 'main')).toHaveLength(1);
    // The instance made before stays linked and shows the new drawing.
    const instance = byId(page, instanceId)!;
    expect(instance).toMatchObject({ component: 'instance', mainComponentId: camera!.id });
    expect(instance.children.map(look)).toEqual(regenerated.children.map(look));
    await expect.poll(() => session.selectionAsync(), WAIT).toEqual([camera!.id]);
    // The old drawing stays in History; the new one is listed once, in Activity, until cleared, then
    // History holds both.
    const history = session.ui.getByRole('list', { name: 'History' }).getByRole('listitem');
    await session.showViewAsync('History');
    await expect.poll(() => history.filter({ hasText: 'camera icon' }).count(), WAIT).toBe(1);
    await session.showViewAsync('Activity');
    await session.ui.getByRole('button', { name: 'Clear finished' }).click();
    await session.showViewAsync('History');
    await expect.poll(() => history.filter({ hasText: 'camera icon' }).count(), WAIT).toBe(2);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

/**
 * Only our own UI can command the sandbox, and only the host can talk to our
 * UI. Another frame on the page forges well-formed messages of every type:
 * to the editor's window (Penpot hands each to the plugin; Figma's sandbox
 * hears only its UI), and straight to the UI's window. They point at the
 * attacker's own gateway (a second mock), ask to insert the attacker's
 * drawings, swap the key, move the API base, cancel, delete and re-insert the
 * designer's work. Rounds are forged before the key is entered, after it,
 * while the designer's one generation runs and once it has landed. None may
 * have any effect: the canvas holds the one real result once, storage holds
 * the designer's key and API base, the attacker's server hears nothing, and
 * the key travels only to the real gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGenerationAsync } from '../../core/api/client';
import type { FetchLike } from '../../core/api/http';
import { STORE_KEYS } from '../../core/storage/store';
import { DEFAULT_VECTOR_OPTIONS } from '../../core/tasks/types';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY, type MockServer } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import { everyWrapping, FORGED, forgedForSandbox, forgedForUi, type Knowledge } from './forgeries';
import { E2E_DURATIONS, playgroundUrl } from './harness';
import { PlaygroundSession, WAIT } from './playground-session';
import { expectKeyOnlyTo, recordRequests } from './request-audit';
import { allNodes, byName, topLevelNamed } from './scene';

// Only the world: this test opens its own context, to record it from the first request.
const e2e = useE2e();
let attacker: MockServer | undefined;

beforeAll(async () => {
  attacker = await startMockServer({ durationMs: E2E_DURATIONS });
});
afterAll(() => attacker?.close());

/** A task on the attacker's own server, finished by the time it is forged: a result ready to be fetched. */
async function attackerTaskAsync(server: MockServer): Promise<string> {
  const created = await createGenerationAsync({
    fetch: globalThis.fetch as unknown as FetchLike,
    apiBase: server.apiBase,
    apiKey: DEMO_KEY,
    request: {
      model: 'recraft-v4-text-to-vector',
      prompt: 'the attacker’s own drawing',
      size: '1024x1024',
      vector: DEFAULT_VECTOR_OPTIONS,
      target: { kind: 'viewport' },
    },
  });
  return created.taskId;
}

/** One round: every forged message to the editor's window, then every one straight to the UI's. */
async function forgeRoundAsync(session: PlaygroundSession, k: Knowledge): Promise<void> {
  await session.page.evaluate(
    async ({ toSandbox, toUi }) => {
      await window.playground.stray(...toSandbox);
      await window.playground.strayToUi(...toUi);
    },
    { toSandbox: everyWrapping(forgedForSandbox(k)), toUi: everyWrapping(forgedForUi(k)) },
  );
}

describe.each(HOSTS)('%s: forged messages from other frames', (host) => {
  it('command neither the sandbox nor the UI', async () => {
    const world = e2e.world();
    const server = attacker!;
    const context = await world.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const audit = recordRequests(context);
    const session = new PlaygroundSession(await context.newPage(), host);
    try {
      await session.page.goto(playgroundUrl(world, host));
      await session.readyAsync();
      const before = await session.snapshotAsync();
      // The real gateway serves the whole file: this test's tasks are the ones it did not know yet.
      const earlier = new Set(world.mock.tasks().map((t) => t.id));
      const newTasks = () => world.mock.tasks().filter((t) => !earlier.has(t.id));
      const shape = byName(before, 'Rectangle 1')!;
      const container = before.children.find((n) => n.id !== shape.id)!;
      const knowledge: Knowledge = {
        attackerApiBase: server.apiBase,
        attackerTaskId: await attackerTaskAsync(server),
        shapeId: shape.id,
        realTaskIds: [],
        realEntryIds: [],
      };
      // From here on, anything the attacker's server hears came from the plugin.
      server.clearLog();

      await forgeRoundAsync(session, knowledge);
      expect(await session.selectionAsync()).toEqual([]);
      // A forged 'init' carrying a key would have closed the key field.
      await session.expectVisibleAsync(
        session.ui.getByRole('textbox', { name: 'API key', exact: true }),
        WAIT.timeout,
      );
      await session.enterKeyAsync(DEMO_KEY);
      await forgeRoundAsync(session, knowledge);

      const prompt = `a lighthouse at dusk (${host})`;
      await session.generateAsync({ prompt, model: 'recraft-v4-text-to-vector' });
      await expect.poll(() => newTasks().length, WAIT).toBe(1);
      const realTaskIds = newTasks().map((t) => t.id);
      await forgeRoundAsync(session, { ...knowledge, realTaskIds });

      await session.waitForTopLevelAsync(prompt);
      await session.expectVisibleAsync(session.task(prompt).getByText('Done'));
      const history = (await session.storageAsync())[STORE_KEYS.historyIndex] as { id: string }[];
      const realEntryIds = history.map((entry) => entry.id);
      expect(realEntryIds).toHaveLength(1);
      await forgeRoundAsync(session, { ...knowledge, realTaskIds, realEntryIds });
      // A real round trip through the sandbox after the last forgery, before looking.
      await session.selectAsync([container.id]);
      await session.expectVisibleAsync(session.ui.getByText(`Into "${container.name}"`), WAIT.timeout);

      // The canvas: the one real result, once; everything else as it was (the shape's fill too).
      const after = await session.snapshotAsync();
      expect(topLevelNamed(after, prompt)).toHaveLength(1);
      expect(after.children.filter((n) => n.name !== prompt)).toEqual(before.children);
      expect(allNodes(after).filter((n) => n.name.includes(FORGED))).toEqual([]);
      expect(newTasks()).toHaveLength(1);

      // Storage: the designer's key and API base, the real History entry, no forged task.
      const stored = await session.storageAsync();
      expect(stored[STORE_KEYS.apiKey]).toBe(DEMO_KEY);
      expect((stored[STORE_KEYS.settings] as { apiBase?: string }).apiBase).toBe(world.mock.apiBase);
      expect((stored[STORE_KEYS.historyIndex] as { id: string }[]).map((e) => e.id)).toEqual(realEntryIds);
      expect(Object.keys(stored).filter((key) => key.startsWith(STORE_KEYS.pendingPrefix))).toEqual([]);

      // The attacker heard nothing; the real gateway never heard of the attacker's task.
      expect(server.log()).toEqual([]);
      expect(world.mock.log().filter((e) => e.path.includes(knowledge.attackerTaskId))).toEqual([]);

      // Every request that carried the key went to the real gateway, and the key went nowhere else.
      await audit.settleAsync();
      const apiOrigin = new URL(world.mock.apiBase).origin;
      const attackerOrigin = new URL(server.apiBase).origin;
      expect(audit.requests.filter((r) => new URL(r.url).origin === attackerOrigin)).toEqual([]);
      expectKeyOnlyTo(audit.requests, apiOrigin, DEMO_KEY);

      // The UI: still the designer's key and API base, light theme, one task, nothing forged shown.
      await session.expectVisibleAsync(session.keySaved(), WAIT.timeout);
      expect(await session.ui.getByLabel('API base URL').inputValue()).toBe(world.mock.apiBase);
      expect(await session.ui.locator('html').getAttribute('data-theme')).toBe('light');
      expect(await session.ui.getByRole('list', { name: 'Tasks' }).getByRole('listitem').count()).toBe(1);
      expect(await session.ui.locator('body').innerText()).not.toContain(FORGED);
      expect(await session.ui.getByRole('alert').count()).toBe(0);
      const toasts = await session.page.evaluate(() => window.playground.notifications());
      expect(toasts.filter((n) => n.message.includes(FORGED))).toEqual([]);
      expect(await session.errorsAsync()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

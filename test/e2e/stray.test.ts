/**
 * Penpot hands every message that reaches the editor's window to the plugin,
 * whoever sent it. Foreign messages from another frame — strings, nulls,
 * look-alikes of the plugin's own protocol — must not break anything.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { useE2e } from './e2e-suite';
import { topLevelNamed } from './scene';

const STRAYS: unknown[] = [
  'hello from a browser extension',
  null,
  42,
  [1, 2, 3],
  { source: 'react-devtools-content-script', payload: { event: 'ping' } },
  { type: 'init' },
  { type: 'insert-result', task: null, result: { kind: 'svg' } },
  { type: 'track-task', task: { taskId: 7 } },
  { type: 'cancel-task' },
  { type: 'resize', width: 'huge', height: -1 },
];

const e2e = useE2e();

describe('penpot: stray window messages', () => {
  it('are ignored, and the plugin keeps working', async () => {
    const session = await e2e.openAsync('penpot');
    await session.page.evaluate((strays) => window.playground.stray(...strays), STRAYS);
    await session.enterKeyAsync(DEMO_KEY);
    const prompt = 'a hot air balloon over hills';
    await session.generateAsync({ prompt, model: 'recraft-v4-text-to-vector' });
    // More strays while the task runs.
    await session.page.evaluate((strays) => window.playground.stray(...strays), STRAYS);

    const page = await session.waitForTopLevelAsync(prompt);
    expect(topLevelNamed(page, prompt)).toHaveLength(1);
    await session.expectVisibleAsync(session.task(prompt).getByText('Done'));
    expect(await session.errorsAsync()).toEqual([]);
    expect(await session.ui.getByRole('alert').count()).toBe(0);
    // Only the one real task reached the gateway.
    expect(e2e.world().mock.tasks()).toHaveLength(1);
  });
});

/**
 * Hostile drawings from the gateway cannot freeze the editor, in either host:
 * a reference cycle (which used to hang the pipeline for good) lands with the
 * cycle dropped and the rest of the drawing kept; a "billion laughs" of <use>
 * ends at once as could not be inserted, and reopening the plugin does not
 * run it again. The page answers throughout.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { cycleThrough, referenceBomb } from '../unit/svg/fixtures/adversarial';
import { HOSTS, useE2e } from './e2e-suite';
import { allNodes } from './scene';

const VECTOR = 'recraft-v4-text-to-vector';
const e2e = useE2e();
afterEach(() => e2e.world().mock.setSvgOverride(null));

describe.each(HOSTS)('%s: hostile SVG results', (host) => {
  it('a reference cycle lands without its cycle; a <use> bomb is refused once, never run again', async () => {
    const { mock } = e2e.world();
    const session = await e2e.openAsync(host, { key: DEMO_KEY });

    mock.setSvgOverride(cycleThrough(['clip-path', 'use', 'mask']));
    const cycle = `a drawing that references itself (${host})`;
    const node = await session.generateNodeAsync({ prompt: cycle, model: VECTOR });
    // The harmless square beside the cycle survived as a layer.
    expect(allNodes(node).length).toBeGreaterThan(1);

    const logFrom = mock.log().length;
    mock.setSvgOverride(referenceBomb('use', 8, 10));
    const bomb = `a drawing of a billion squares (${host})`;
    await session.generateAsync({ prompt: bomb, model: VECTOR });
    const row = session.task(bomb);
    await session.expectVisibleAsync(row.getByRole('alert'));
    expect(await row.getByRole('alert').innerText()).toMatch(/^Could not be inserted\./);
    expect(allNodes(await session.snapshotAsync()).filter((n) => n.name === bomb)).toEqual([]);
    const fileGets = () =>
      mock
        .log()
        .slice(logFrom)
        .filter((e) => e.method === 'GET' && e.path.startsWith('/files/'));
    expect(fileGets()).toHaveLength(1);

    // Reopen and land a healthy result: the refused one is not downloaded or run again.
    mock.setSvgOverride(null);
    await session.reopenAsync();
    await session.generateNodeAsync({ prompt: `a healthy drawing (${host})`, model: VECTOR });
    expect(fileGets()).toHaveLength(2);
    expect(await session.errorsAsync()).toEqual([]);
  });
});

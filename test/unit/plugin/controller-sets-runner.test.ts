/**
 * An icon set on Figma's way: the sandbox's own runner follows each icon's
 * task and delivers it, through the same set bookkeeping as Penpot's
 * hand-over; two variants per subject.
 */
import { describe, expect, it } from 'vitest';
import { STORE_KEYS } from '../../../core/storage/store';
import { inMemoryGateway } from '../../support/in-memory-gateway';
import { KEY, SANDBOX_GATEWAY, SAVED_API, SVG } from './fixtures';
import { initOf, startOn, until } from './harness';
import { iconTask, lastRecord, sendIcon, setSpec, startSet } from './set-fixtures';

describe('an icon set followed by the sandbox’s runner', () => {
  it('lands every variant of every subject as a component once, then ends the set once', async () => {
    const gateway = inMemoryGateway(SVG, 1, SANDBOX_GATEWAY);
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { ...SAVED_API, [STORE_KEYS.apiKey]: KEY },
    });
    const spec = setSpec({ subjects: ['home', 'bell', 'lock'], variants: 2 });
    const started = await startSet(host, spec);
    expect(started.items.map((i) => [i.index, i.variant])).toEqual([
      [0, 1],
      [0, 2],
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ]);
    const tasks = started.items.map((i) => ({
      ...iconTask(spec, i.index, i.variant),
      createdAt: Date.now(),
    }));
    for (const task of tasks) await sendIcon(host, { ...task, deadlineAt: task.createdAt + 60_000 });
    await until(() => lastRecord(host)?.doneAt !== undefined);

    const icons = (host.nodes.get(started.containerId!)!.children ?? []).map((id) => host.nodes.get(id)!);
    expect(icons.map((n) => [n.name, n.variant])).toEqual([
      ['icon/home', expect.any(Number)],
      ['icon/home', expect.any(Number)],
      ['icon/bell', expect.any(Number)],
      ['icon/bell', expect.any(Number)],
      ['icon/lock', expect.any(Number)],
      ['icon/lock', expect.any(Number)],
    ]);
    expect(icons.map((n) => n.variant).sort()).toEqual([1, 1, 1, 2, 2, 2]);
    expect(lastRecord(host)!.items.every((i) => i.state === 'landed' && i.nodeId)).toBe(true);
    expect(host.notifications).toEqual([{ message: "6 icons in 'Brand icons'", error: false }]);
    expect(host.reveals).toHaveLength(1);
    expect(host.focused).toEqual([]);
    // Each task polled to its end and inserted once; nothing left pending.
    expect(host.ofType('inserted')).toHaveLength(6);
    expect((await initOf(host)).pending).toEqual([]);
  });
});

/**
 * Icon sets through the controller on the fake host (Penpot's way: the UI
 * hands each result over): the container made once, icons landing as
 * components in list order whatever order they finish in, one reveal and one
 * notification per set, the record surviving a close, Stop, a failed icon,
 * Regenerate this icon in place.
 */
import { describe, expect, it } from 'vitest';
import { userError } from '../../../core/errors/catalogue';
import type { IconSetRecord } from '../../../core/sets/types';
import { STORE_KEYS } from '../../../core/storage/store';
import { svgResult } from './fixtures';
import { FakeHost } from './fake-host';
import { initOf, insert, startOn, until } from './harness';
import { iconTask, lastRecord, sendIcon, setItem, setSpec, startSet, SUBJECTS } from './set-fixtures';

/** A small round drawing: the pipeline fits it in the icon's live area. */
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">' +
  '<circle cx="512" cy="512" r="300" fill="#222222"/></svg>';

function childrenOf(host: FakeHost, containerId: string) {
  return (host.nodes.get(containerId)!.children ?? []).map((id) => host.nodes.get(id)!);
}

describe('an icon set through the controller', () => {
  it('lands 12 components in list order whatever the finish order, each once, with one reveal and one notification', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const spec = setSpec();
    const started = await startSet(host, spec);
    expect(started.items.map((i) => i.state)).toEqual(Array(12).fill('waiting'));
    const container = host.nodes.get(started.containerId!)!;
    expect(container).toMatchObject({ kind: 'frame', name: 'Brand icons', width: 408, height: 120 });
    // Then every record, as after any change.
    expect((await host.waitFor('sets')).sets).toEqual([started]);

    const tasks = SUBJECTS.map((_, index) => iconTask(spec, index));
    for (const task of tasks) await sendIcon(host, task);
    expect(lastRecord(host)!.items.map((i) => [i.state, i.taskId])).toEqual(
      tasks.map((t) => ['accepted', t.taskId]),
    );

    // Finished in a shuffled order, handed over all at once.
    const order = [7, 2, 11, 0, 5, 9, 1, 4, 10, 3, 8, 6];
    for (const k of order) {
      host.send({ type: 'insert-result', requestId: `r${k}`, task: tasks[k]!, result: svgResult(ICON_SVG) });
    }
    await until(() => host.ofType('inserted').length + host.ofType('insert-failed').length === 12);
    expect(host.ofType('inserted')).toHaveLength(12);

    const icons = childrenOf(host, container.id);
    expect(icons.map((n) => n.name)).toEqual(SUBJECTS.map((s) => `icon/${s}`));
    expect(icons.every((n) => n.kind === 'component' && n.width === 24 && n.height === 24)).toBe(true);
    expect([...host.nodes.values()].filter((n) => n.kind === 'component')).toHaveLength(12);
    const record = lastRecord(host)!;
    expect(record.items.map((i) => [i.state, i.nodeId])).toEqual(icons.map((n) => ['landed', n.id]));
    expect(record.doneAt).toBeDefined();
    // The set, once: no icon focused, the selection untouched, one toast.
    expect(host.focused).toEqual([]);
    expect(host.reveals).toEqual([{ x: container.x, y: container.y, width: 408, height: 120 }]);
    expect(host.notifications).toEqual([{ message: "12 icons in 'Brand icons'", error: false }]);
    // Every icon's meta names its set and place, so Regenerate works from the component alone.
    const meta = JSON.parse(icons[3]!.pluginData.recraft!) as { icon: { subject: string; index: number } };
    expect(meta.icon).toMatchObject({ setId: 'set-1', subject: 'settings', index: 3, variant: 1 });
    // Each paid task settled once: no pending record left, each result kept in History.
    expect((await initOf(host)).pending).toEqual([]);
  });

  it('refuses a spec the form would refuse, making nothing', async () => {
    const { host } = await startOn({ name: 'penpot' });
    host.send({
      type: 'start-set',
      requestId: 'bad',
      spec: setSpec({ template: 'no subject here, {style}' }),
    });
    const error = await host.waitFor('error');
    expect(error).toMatchObject({ requestId: 'bad', error: userError('set-template-no-subject') });
    expect(host.nodes.size).toBe(0);
    expect(host.ofType('set-started')).toEqual([]);
  });

  it('starts inside the frame selected at the press, and makes one container for a start sent twice', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const frame = host.addNode('frame', { width: 2000, height: 1000 });
    const spec = setSpec({ insideId: frame.id, subjects: ['home', 'search', 'user'] });
    const first = await startSet(host, spec);
    const again = await startSet(host, spec);
    expect(again).toEqual(first);
    const container = host.nodes.get(first.containerId!)!;
    expect(container.parentId).toBe(frame.id);
    expect({ x: container.x, y: container.y }).toEqual({ x: (2000 - 408) / 2, y: (1000 - 72) / 2 });
    expect([...host.nodes.values()].filter((n) => n.name === 'Brand icons')).toHaveLength(1);
  });

  it('resumes after a close: an icon cut off while sending fails as ambiguous, an accepted one lands once', async () => {
    const first = await startOn({ name: 'penpot' });
    const spec = setSpec({ subjects: ['home', 'search', 'user'] });
    const started = await startSet(first.host, spec);
    await sendIcon(first.host, iconTask(spec, 0));
    await setItem(first.host, { setId: 'set-1', index: 1, variant: 1, state: 'sending' });

    // The plugin closes; the document and the storage stay.
    const storage = Object.fromEntries(
      [...first.host.stored].map(([key, text]) => [key, JSON.parse(text) as unknown]),
    );
    const { host } = await startOn({ name: 'penpot', storage, scene: first.host.scene });
    const init = await initOf(host);
    const [set] = init.sets;
    expect(set!.items.map((i) => i.state)).toEqual(['accepted', 'failed', 'waiting']);
    expect(set!.items[1]!.error).toEqual(userError('set-item-interrupted'));
    expect(init.pending.map((t) => t.taskId)).toEqual([iconTask(spec, 0).taskId]);
    // Saved back converted: a second open finds it the same.
    expect((await initOf(host)).sets).toEqual(init.sets);

    // The UI's runner resumes the accepted task and hands its result over; the waiting icon is sent again.
    await insert(host, init.pending[0]!, svgResult(ICON_SVG));
    await sendIcon(host, iconTask(spec, 2));
    await insert(host, iconTask(spec, 2), svgResult(ICON_SVG));
    const icons = childrenOf(host, started.containerId!);
    expect(icons.map((n) => n.name)).toEqual(['icon/home', 'icon/user']);
    expect(lastRecord(host)!.items.map((i) => i.state)).toEqual(['landed', 'failed', 'landed']);
    expect(host.notifications).toEqual([{ message: "2 icons in 'Brand icons' · 1 failed", error: false }]);
    expect(host.reveals).toHaveLength(1);
  });

  it('stops: nothing waiting is sent, what is in flight lands, then the set ends once', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const spec = setSpec({ subjects: ['home', 'search', 'user'] });
    await startSet(host, spec);
    await sendIcon(host, iconTask(spec, 0));
    host.send({ type: 'stop-set', setId: 'set-1' });
    await host.waitFor('sets', host.messages.length);
    expect(lastRecord(host)).toMatchObject({ stopped: true });
    expect(lastRecord(host)!.doneAt).toBeUndefined();
    expect(host.notifications).toEqual([]);

    await insert(host, iconTask(spec, 0), svgResult(ICON_SVG));
    expect(lastRecord(host)!.doneAt).toBeDefined();
    expect(host.notifications).toEqual([
      { message: "1 icon in 'Brand icons' · 2 not sent (stopped)", error: false },
    ]);
    expect(host.reveals).toHaveLength(1);
  });

  it('fails one icon the canvas refused (History keeps it) and completes the set around it; Retry reopens it', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const spec = setSpec({ subjects: ['home', 'search', 'user'] });
    await startSet(host, spec);
    const tasks = [0, 1, 2].map((k) => iconTask(spec, k));
    for (const task of tasks) await sendIcon(host, task);
    host.insertError = new Error('the canvas said no');
    expect((await insert(host, tasks[1]!, svgResult(ICON_SVG))).type).toBe('insert-failed');
    host.insertError = undefined;
    const failed = lastRecord(host)!.items[1]!;
    expect(failed).toMatchObject({
      state: 'failed',
      taskId: tasks[1]!.taskId,
      error: { action: 'check-history' },
    });
    expect(host.ofType('history').at(-1)!.history[0]).toMatchObject({ taskId: tasks[1]!.taskId });

    // A task the UI saw fail is saved failed too; the set then ends once, counting both.
    await setItem(host, {
      setId: 'set-1',
      index: 2,
      variant: 1,
      state: 'failed',
      error: userError('no-credits'),
    });
    await insert(host, tasks[0]!, svgResult(ICON_SVG));
    expect(lastRecord(host)!.items.map((i) => i.state)).toEqual(['landed', 'failed', 'failed']);
    expect(host.notifications).toEqual([{ message: "1 icon in 'Brand icons' · 2 failed", error: false }]);

    // Retry: back to waiting (no old failure kept), sent again at its own cost, announced again when it ends.
    await setItem(host, { setId: 'set-1', index: 1, variant: 1, state: 'waiting' });
    expect(lastRecord(host)!.items[1]).toEqual({ index: 1, variant: 1, state: 'waiting' });
    expect(lastRecord(host)!.doneAt).toBeUndefined();
    const retry = { ...iconTask(spec, 1), taskId: 'retry-1' };
    await sendIcon(host, retry);
    await insert(host, retry, svgResult(ICON_SVG));
    expect(lastRecord(host)!.items.map((i) => i.state)).toEqual(['landed', 'landed', 'failed']);
    expect(host.notifications.at(-1)).toEqual({
      message: "2 icons in 'Brand icons' · 1 failed",
      error: false,
    });
  });

  it('a landed icon is never changed by a late report', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const spec = setSpec({ subjects: ['home'] });
    await startSet(host, spec);
    await sendIcon(host, iconTask(spec, 0));
    await insert(host, iconTask(spec, 0), svgResult(ICON_SVG));
    await setItem(host, {
      setId: 'set-1',
      index: 0,
      variant: 1,
      state: 'failed',
      error: userError('no-credits'),
    });
    expect(lastRecord(host)!.items[0]).toMatchObject({ state: 'landed' });
  });

  it('regenerates an icon in place: same component, name and place, new drawing, the old one still in History', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const spec = setSpec({ subjects: ['home', 'bell'] });
    const started = await startSet(host, spec);
    for (const k of [0, 1]) await sendIcon(host, iconTask(spec, k));
    for (const k of [0, 1]) await insert(host, iconTask(spec, k), svgResult(ICON_SVG));
    const bell = childrenOf(host, started.containerId!)[1]!;
    const before = { ...bell };

    host.select(bell.id);
    const { selection } = await host.waitFor('selection');
    expect(selection.regenerate).toMatchObject({ nodeId: bell.id, name: 'icon/bell' });
    expect(selection.regenerate!.request.target).toMatchObject({ kind: 'replace', nodeId: bell.id });
    // The set dismissed meanwhile: the component's own meta is enough.
    host.send({ type: 'dismiss-set', setId: 'set-1' });
    await host.waitFor('sets', host.messages.length);

    const task = {
      taskId: 'regen-1',
      createdAt: 5,
      deadlineAt: 60_000,
      request: selection.regenerate!.request,
    };
    host.send({ type: 'track-task', requestId: 'rq', task });
    await host.waitFor('task-persisted');
    const square =
      '<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024"><rect x="200" y="200" width="600" height="600" fill="#222222"/></svg>';
    const answer = await insert(host, task, svgResult(square));
    expect(answer).toMatchObject({ type: 'inserted', nodeId: bell.id });
    expect(host.nodes.get(bell.id)).toMatchObject({
      name: before.name,
      x: before.x,
      y: before.y,
      parentId: before.parentId,
    });
    expect(host.nodes.get(bell.id)!.svg).not.toBe(before.svg);
    const meta = JSON.parse(host.nodes.get(bell.id)!.pluginData.recraft!) as { taskId: string; icon: object };
    expect(meta).toMatchObject({ taskId: 'regen-1', icon: { subject: 'bell', index: 1 } });
    const kept = host
      .ofType('history')
      .at(-1)!
      .history.map((e) => e.taskId);
    expect(kept).toEqual(expect.arrayContaining(['regen-1', iconTask(spec, 1).taskId]));
    expect([...host.nodes.values()].filter((n) => n.kind === 'component')).toHaveLength(2);
    // One press, one icon: shown as a single result is.
    expect(host.focused.at(-1)).toBe(bell.id);
  });

  it('lands the result of a dismissed set as a plain node in the view', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const spec = setSpec({ subjects: ['home'] });
    await startSet(host, spec);
    await sendIcon(host, iconTask(spec, 0));
    host.send({ type: 'dismiss-set', setId: 'set-1' });
    await host.waitFor('sets', host.messages.length);
    // An icon of it the UI would still send is refused before its POST.
    const from = host.messages.length;
    host.send({
      type: 'set-item',
      requestId: 'late',
      setId: 'set-1',
      index: 0,
      variant: 1,
      state: 'sending',
    });
    expect(await host.waitFor('error', from)).toMatchObject({
      requestId: 'late',
      error: userError('set-gone'),
    });
    const answer = await insert(host, iconTask(spec, 0), svgResult(ICON_SVG));
    const node = host.nodes.get((answer as { nodeId: string }).nodeId)!;
    expect(node).toMatchObject({ kind: 'vector', width: 24, height: 24 });
    expect(node.parentId).toBeUndefined();
    expect((await initOf(host)).sets).toEqual([]);
  });

  it('sends the document’s swatches and the sets with init', async () => {
    const swatches = [{ kind: 'library' as const, id: 'c1', name: 'Brand/Primary', hex: '#3355ff' }];
    const { host } = await startOn({ name: 'penpot', swatches });
    const spec = setSpec({ colour: { mode: 'mono', mono: '#3355ff', palette: [], bind: swatches[0] } });
    const started = await startSet(host, spec);
    const init = await initOf(host);
    expect(init.swatches).toEqual(swatches);
    expect(init.sets).toEqual([started]);
    await sendIcon(host, iconTask(spec, 0));
    await insert(host, iconTask(spec, 0), svgResult(ICON_SVG));
    // One-colour mode: the icon is bound to the document colour the designer picked.
    expect(childrenOf(host, started.containerId!)[0]!.bind).toEqual(swatches[0]);
  });

  it('starts with no swatches when the document’s colours cannot be read', async () => {
    const { host } = await startOn({ name: 'penpot' });
    host.swatchesAsync = () => Promise.reject(new Error('no library'));
    expect((await initOf(host)).swatches).toEqual([]);
  });

  it('takes an accepted icon whose task settled while the set was not told as History says, on the next open', async () => {
    const first = await startOn({ name: 'penpot' });
    const spec = setSpec({ subjects: ['home', 'search', 'user'] });
    await startSet(first.host, spec);
    const tasks = [0, 1, 2].map((k) => iconTask(spec, k));
    for (const task of tasks) await sendIcon(first.host, task);
    // The set's record can no longer be written (the plugin closing): the deliveries settle their tasks only.
    first.host.breakStorage((op, key) => op === 'set' && key === STORE_KEYS.iconSets);
    await insert(first.host, tasks[0]!, svgResult(ICON_SVG));
    first.host.insertError = new Error('the canvas said no');
    await insert(first.host, tasks[1]!, svgResult(ICON_SVG));
    const storage = Object.fromEntries(
      [...first.host.stored].map(([key, text]) => [key, JSON.parse(text) as unknown]),
    );
    // The third icon's record was never saved (storage full when it was accepted).
    delete storage[STORE_KEYS.pendingPrefix + tasks[2]!.taskId];
    expect((storage[STORE_KEYS.iconSets] as IconSetRecord[])[0]!.items.map((i) => i.state)).toEqual(
      Array(3).fill('accepted'),
    );

    const { host } = await startOn({ name: 'penpot', storage, scene: first.host.scene });
    const [set] = (await initOf(host)).sets;
    expect(set!.items.map((i) => i.state)).toEqual(['landed', 'failed', 'failed']);
    expect(set!.items[1]!.error).toMatchObject({ action: 'check-history' });
    expect(set!.items[2]!.error).toEqual(userError('untracked'));
    expect(set!.doneAt).toBeDefined();
    expect(host.notifications).toEqual([{ message: "1 icon in 'Brand icons' · 2 failed", error: false }]);
  });
});

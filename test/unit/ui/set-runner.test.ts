import { describe, expect, it } from 'vitest';
import { createGenerationAsync } from '../../../core/api/client';
import type { UserError } from '../../../core/api/errors';
import type { FetchInit, FetchLike, FetchResponseLike } from '../../../core/api/http';
import type { UiMessage, UiMessageOf } from '../../../core/protocol/messages';
import { iconRequest } from '../../../core/sets/icon-request';
import { newSetRecord, withItem } from '../../../core/sets/set-record';
import type { IconSetRecord, IconSetSpec } from '../../../core/sets/types';
import type { ChargeNotice } from '../../../core/tasks/charge-notices';
import { newPendingTask } from '../../../core/tasks/new-task';
import type { PendingTask, TaskView } from '../../../core/tasks/types';
import { SetRunner } from '../../../ui/sets/set-runner';
import { VirtualClock } from '../../support/virtual-clock';
import { sampleSpec } from '../sets/fixtures';
import { FakeTransport } from './fakes';

const API = 'http://127.0.0.1:1/api/v1';
const KEY = 'aio_secret';

type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'lost';

function respond(status: number, body: string, headers: Record<string, string> = {}): FetchResponseLike {
  return { ok: status >= 200 && status < 300, status, headersObject: headers, text: async () => body };
}

/**
 * A scripted sandbox (it keeps the records as the real one does, with set-record.ts) and a gateway whose
 * POSTs are answered in order by `answers`, then accepted.
 */
function harness(answers: Answer[] = []) {
  const clock = new VirtualClock(1_000);
  const transport = new FakeTransport();
  let records: IconSetRecord[] = [];
  const posts: { prompt: string; authorization?: string; controls?: unknown }[] = [];
  const controlsRefused: UserError[] = [];
  const tracked: PendingTask[] = [];
  const notices: ChargeNotice[] = [];
  const refusedKeys: UserError[] = [];
  const errors: UserError[] = [];
  let taskIds = 0;

  const publish = () => transport.deliver({ type: 'sets', sets: records });
  const change = (setId: string, fn: (r: IconSetRecord) => IconSetRecord) => {
    records = records.map((r) => (r.spec.setId === setId ? fn(r) : r));
    publish();
  };
  // Answered a moment later, as postMessage does.
  transport.sandbox = (message) => queueMicrotask(() => sandbox(message));
  const sandbox = (message: UiMessage) => {
    if (message.type === 'start-set') {
      const set = newSetRecord(message.spec, 'container-1', clock.now());
      records = [...records, set];
      transport.deliver({ type: 'set-started', requestId: message.requestId, set });
      publish();
    } else if (message.type === 'set-item') {
      const { setId, index, variant, state, error } = message;
      change(setId, (r) => withItem(r, index, variant, { state, ...(error ? { error } : {}) }));
      transport.deliver({ type: 'set-saved', requestId: message.requestId });
    } else if (message.type === 'stop-set') {
      change(message.setId, (r) => ({ ...r, stopped: true }));
    }
  };

  const fetch: FetchLike = async (url: string, init?: FetchInit) => {
    expect(url).toBe(`${API}/images/generations`);
    const body = JSON.parse(String(init?.body)) as { prompt: string; controls?: unknown };
    posts.push({ prompt: body.prompt, authorization: init?.headers?.Authorization, controls: body.controls });
    const answer = answers.shift() ?? { status: 200 };
    if (answer === 'lost') return respond(502, '');
    const taskBody = answer.body ?? JSON.stringify({ data: { task_id: `task-${++taskIds}` } });
    return respond(answer.status, taskBody, answer.headers);
  };

  const runner = new SetRunner({
    requestAsync: transport.requestAsync,
    send: (message) => transport.send(message),
    createGenerationAsync,
    newPendingTask,
    fetch,
    now: () => clock.now(),
    setTimer: (wake, ms) => {
      const handle = { cancelled: false };
      void clock.sleep(ms).then(() => {
        if (!handle.cancelled) wake();
      });
      return handle;
    },
    clearTimer: (handle) => {
      (handle as { cancelled: boolean }).cancelled = true;
    },
    getApiKey: () => KEY,
    getApiBase: () => API,
    // As the sandbox's track-task does: the item is accepted with its task id in the same step.
    track: async (task) => {
      tracked.push(task);
      const target = task.request.target;
      if (target.kind !== 'set') throw new Error('not a set task');
      change(target.setId, (r) =>
        withItem(r, target.index, target.variant, { state: 'accepted', taskId: task.taskId }),
      );
    },
    remember: (notice) => void notices.push(notice),
    onKeyRefused: (error) => void refusedKeys.push(error),
    onControlsRefused: (error) => void controlsRefused.push(error),
    onError: (error) => void errors.push(error),
  });
  transport.onMessage((message) => {
    if (message.type === 'sets') runner.update(message.sets);
  });

  const record = () => records[0]!;
  const states = () => record().items.map((i) => i.state);
  /** The sandbox placed item `index`'s result. */
  const land = (index: number, variant = 1) =>
    change(record().spec.setId, (r) => withItem(r, index, variant, { state: 'landed', nodeId: `n${index}` }));
  const settleAsync = () => clock.advanceAsync(0);
  return {
    clock,
    transport,
    runner,
    posts,
    tracked,
    notices,
    refusedKeys,
    controlsRefused,
    errors,
    record,
    states,
    land,
    settleAsync,
    setRecords: (r: IconSetRecord[]) => (records = r),
  };
}

const spec = (subjects: string[], more: Partial<IconSetSpec> = {}) => sampleSpec({ subjects, ...more });
const setItems = (h: ReturnType<typeof harness>) => h.transport.sentOf('set-item');

describe('SetRunner', () => {
  it('starts the set in the sandbox, then sends in list order, four at a time, each saved sending first', async () => {
    const six = spec(['home', 'search', 'user', 'bell', 'heart', 'cart']);
    const h = harness();
    await h.runner.startAsync(six);
    await h.settleAsync();
    expect(h.transport.sentOf('start-set')).toHaveLength(1);
    expect(h.posts.map((p) => p.prompt)).toEqual([
      'home icon, outline, rounded corners, 2 px stroke, minimal',
      'search icon, outline, rounded corners, 2 px stroke, minimal',
      'user icon, outline, rounded corners, 2 px stroke, minimal',
      'bell icon, outline, rounded corners, 2 px stroke, minimal',
    ]);
    expect(h.posts.every((p) => p.authorization === `Bearer ${KEY}`)).toBe(true);
    expect(setItems(h).map((m) => [m.index, m.state])).toEqual([
      [0, 'sending'],
      [1, 'sending'],
      [2, 'sending'],
      [3, 'sending'],
    ]);
    expect(h.states()).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'waiting', 'waiting']);
    // Each accepted task goes to the task service as a set target, with its own request.
    expect(h.tracked.map((t) => t.request.target)).toEqual(
      [0, 1, 2, 3].map((index) => ({ kind: 'set', setId: 'set-1', index, variant: 1 })),
    );

    // A slot frees only when the record says its item landed (or failed).
    h.land(2);
    await h.settleAsync();
    expect(h.posts).toHaveLength(5);
    expect(h.posts[4]!.prompt).toMatch(/^heart icon/);
    h.land(0);
    await h.settleAsync();
    expect(h.states()).toEqual(['landed', 'accepted', 'landed', 'accepted', 'accepted', 'accepted']);
  });

  it('a 429 saves the item waiting again and holds the whole queue until Retry-After', async () => {
    const h = harness([{ status: 429, headers: { 'retry-after': '5' } }]);
    await h.runner.startAsync(spec(['home', 'search']));
    await h.settleAsync();
    expect(h.posts.map((p) => p.prompt.split(' ')[0])).toEqual(['home', 'search']);
    expect(setItems(h).map((m) => [m.index, m.state])).toEqual([
      [0, 'sending'],
      [1, 'sending'],
      [0, 'waiting'],
    ]);
    expect(h.states()).toEqual(['waiting', 'accepted']);
    await h.clock.advanceAsync(4_900);
    expect(h.posts).toHaveLength(2);
    await h.clock.advanceAsync(200);
    expect(h.posts.map((p) => p.prompt.split(' ')[0])).toEqual(['home', 'search', 'home']);
    expect(h.states()).toEqual(['accepted', 'accepted']);
    expect(h.notices).toEqual([]);
  });

  it('an answer lost after sending is a charge notice and a failed item, never sent again', async () => {
    const h = harness(['lost']);
    await h.runner.startAsync(spec(['home', 'search']));
    await h.clock.advanceAsync(120_000);
    expect(h.posts.map((p) => p.prompt.split(' ')[0])).toEqual(['home', 'search']);
    expect(h.notices).toHaveLength(1);
    expect(h.notices[0]).toMatchObject({ model: 'recraft-v4-text-to-vector' });
    expect(h.notices[0]!.prompt).toMatch(/^home icon/);
    expect(h.record().items[0]).toMatchObject({ state: 'failed', error: { code: 'ambiguous' } });
    expect(h.states()).toEqual(['failed', 'accepted']);
  });

  it('a definite refusal fails the item with its reason and the set carries on', async () => {
    const h = harness([{ status: 402, body: '{"error":{"message":"no credits"}}' }]);
    await h.runner.startAsync(spec(['home', 'search']));
    await h.settleAsync();
    expect(h.record().items[0]).toMatchObject({ state: 'failed', error: { code: 'no-credits' } });
    expect(h.states()).toEqual(['failed', 'accepted']);
    expect(h.notices).toEqual([]);
  });

  it('a refused key halts the set (the item stays waiting) until a key is saved', async () => {
    const h = harness([{ status: 401, body: '{"error":{"message":"bad key"}}' }]);
    await h.runner.startAsync(spec(['home', 'search', 'user']));
    await h.settleAsync();
    expect(h.refusedKeys.map((e) => e.code)).toEqual(['invalid-key']);
    expect(h.record().items[0]!.state).toBe('waiting');
    const sentBefore = h.posts.length;
    h.runner.resumeHalted();
    await h.settleAsync();
    expect(h.posts.length).toBeGreaterThan(sentBefore);
    expect(h.states().every((s) => s === 'accepted')).toBe(true);
  });

  it('a set task the gateway failed is reported as its failed item, once, and frees its slot', async () => {
    const h = harness();
    await h.runner.startAsync(spec(['home']));
    await h.settleAsync();
    const task = h.tracked[0]!;
    const view: TaskView = {
      taskId: task.taskId,
      request: task.request,
      phase: 'failed',
      createdAt: 1,
      updatedAt: 2,
      polls: 3,
      error: { code: 'task-failed', action: 'retry', message: 'The generation failed: nope' },
    };
    h.runner.taskViews([view]);
    h.runner.taskViews([view]);
    await h.settleAsync();
    const failed = setItems(h).filter((m) => m.state === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error?.message).toBe('The generation failed: nope');
    expect(h.states()).toEqual(['failed']);
  });

  it('a set task stopped from its stalled line fails its item as stopped, so Retry is offered', async () => {
    const h = harness();
    await h.runner.startAsync(spec(['home']));
    await h.settleAsync();
    const task = h.tracked[0]!;
    h.runner.taskViews([
      {
        taskId: task.taskId,
        request: task.request,
        phase: 'cancelled',
        createdAt: 1,
        updatedAt: 2,
        polls: 9,
      },
    ]);
    await h.settleAsync();
    expect(h.record().items[0]).toMatchObject({ state: 'failed', error: { code: 'cancelled' } });
  });

  it('a task that failed before the record said its item was accepted is reported once that record arrives', async () => {
    const h = harness();
    const s = spec(['home']);
    const record = newSetRecord(s, 'c1', 0);
    const failedView: TaskView = {
      taskId: 't-early',
      request: iconRequest(s, { setId: 'set-1', index: 0, variant: 1 }),
      phase: 'failed',
      createdAt: 1,
      updatedAt: 2,
      polls: 1,
    };
    h.setRecords([withItem(record, 0, 1, { state: 'sending' })]);
    h.runner.update([withItem(record, 0, 1, { state: 'sending' })]);
    h.runner.taskViews([failedView]);
    await h.settleAsync();
    expect(setItems(h)).toEqual([]);
    h.runner.update([withItem(record, 0, 1, { state: 'accepted', taskId: 't-early' })]);
    await h.settleAsync();
    expect(setItems(h).map((m) => [m.state, m.error?.code])).toEqual([['failed', 'task-failed']]);
  });

  it('resumes an unfinished set on opening: waiting items are sent, accepted ones hold their slots', async () => {
    const s = spec(['a', 'b', 'c', 'd', 'e', 'f']);
    let record = newSetRecord(s, 'c1', 0);
    record = withItem(record, 0, 1, { state: 'landed', taskId: 't0', nodeId: 'n0' });
    record = withItem(record, 1, 1, { state: 'accepted', taskId: 't1' });
    record = withItem(record, 2, 1, { state: 'accepted', taskId: 't2' });
    record = withItem(record, 3, 1, { state: 'failed' });
    const stopped = { ...newSetRecord(spec(['x'], { setId: 'set-2' }), 'c2', 0), stopped: true };
    const h = harness();
    h.setRecords([record, stopped]);
    h.runner.resume([record, stopped]);
    await h.settleAsync();
    // Two slots held by accepted tasks: two of the four go out, in list order; the stopped set sends nothing.
    expect(h.posts.map((p) => p.prompt.split(' ')[0])).toEqual(['e', 'f']);
    expect(h.tracked.map((t) => t.request.target)).toEqual([
      { kind: 'set', setId: 'set-1', index: 4, variant: 1 },
      { kind: 'set', setId: 'set-1', index: 5, variant: 1 },
    ]);
  });

  it('Stop set sends stop-set and nothing waiting goes out any more; what is out still lands', async () => {
    const h = harness();
    await h.runner.startAsync(spec(['a', 'b', 'c', 'd', 'e', 'f']));
    await h.settleAsync();
    expect(h.posts).toHaveLength(4);
    h.runner.stop('set-1');
    expect(h.transport.sentOf('stop-set')).toEqual([{ type: 'stop-set', setId: 'set-1' }]);
    h.land(0);
    h.land(1);
    await h.settleAsync();
    expect(h.posts).toHaveLength(4);
    expect(h.record().stopped).toBe(true);
  });

  it('Retry sends one failed item again, saved waiting first, even after the set was stopped', async () => {
    const h = harness([{ status: 402, body: '{}' }]);
    await h.runner.startAsync(spec(['home', 'search']));
    await h.settleAsync();
    expect(h.states()).toEqual(['failed', 'accepted']);
    h.runner.stop('set-1');
    await h.runner.retryAsync('set-1', 0, 1);
    await h.settleAsync();
    const last = setItems(h).slice(-2);
    expect(last.map((m: UiMessageOf<'set-item'>) => [m.index, m.state])).toEqual([
      [0, 'waiting'],
      [0, 'sending'],
    ]);
    expect(h.posts.map((p) => p.prompt.split(' ')[0])).toEqual(['home', 'search', 'home']);
    expect(h.states()).toEqual(['accepted', 'accepted']);
    // Only a failed item is retried.
    await h.runner.retryAsync('set-1', 1, 1);
    await h.settleAsync();
    expect(h.posts).toHaveLength(3);
  });

  it('brand colours go with every icon until the gateway refuses them; then the rest and Retry go without', async () => {
    const refusal = { status: 400, body: '{"error":{"message":"Unknown parameter: controls"}}' };
    const h = harness([refusal]);
    const controls = { colors: [{ rgb: [79, 70, 229] as [number, number, number] }] };
    await h.runner.startAsync(spec(['home', 'search'], { controls }));
    await h.settleAsync();
    // Both were sent with them (four at a time); the first was refused, nothing charged.
    expect(h.posts.map((p) => p.controls)).toEqual([controls, controls]);
    expect(h.record().items[0]).toMatchObject({ state: 'failed', error: { code: 'controls-refused' } });
    expect(h.controlsRefused.map((e) => e.code)).toEqual(['controls-refused']);
    await h.runner.retryAsync('set-1', 0, 1);
    await h.settleAsync();
    expect(h.posts.at(-1)).toMatchObject({ controls: undefined });
    expect(h.states()).toEqual(['accepted', 'accepted']);
  });

  it('Dismiss set sends dismiss-set', () => {
    const h = harness();
    h.runner.dismiss('set-1');
    expect(h.transport.sentOf('dismiss-set')).toEqual([{ type: 'dismiss-set', setId: 'set-1' }]);
  });
});

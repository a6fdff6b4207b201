import { describe, expect, it } from 'vitest';
import type { FetchInit, FetchLike, FetchResponseLike } from '../../../core/api/http';
import type { UiMessage } from '../../../core/protocol/messages';
import type { PendingTask, TaskView } from '../../../core/tasks/types';
import { createLocalTaskService } from '../../../ui/tasks/local';
import { FakeTransport, flushAsync, pendingTask } from './fakes';
import { VirtualClock } from './virtual-clock';

const API = 'http://127.0.0.1:9/api/v1';
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

const respond = (status: number, body: string): FetchResponseLike => ({
  ok: status >= 200 && status < 300,
  status,
  text: async () => body,
});

/** The gateway in memory: each task answers "running" `runningPolls` times, then succeeds with an SVG file. */
function gateway(runningPolls = 1, status = 200) {
  const state = { status };
  const requests: { url: string; init?: FetchInit }[] = [];
  const polls = new Map<string, number>();
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, init });
    const task = /\/tasks\/([^/]+)$/.exec(url)?.[1];
    if (url.startsWith('https://files.test/')) return respond(200, SVG);
    if (!task || !url.startsWith(API)) return respond(404, 'no such thing');
    if (state.status !== 200) return respond(state.status, '{"error":{"message":"Invalid API key"}}');
    const seen = (polls.get(task) ?? 0) + 1;
    polls.set(task, seen);
    const data =
      seen <= runningPolls
        ? { task_id: task, status: 'IN_PROGRESS' }
        : { task_id: task, status: 'SUCCESS', output: { svg_url: `https://files.test/${task}.svg` } };
    return respond(200, JSON.stringify({ code: 200, message: 'success', data }));
  };
  return { fetch, requests, state };
}

/** The Penpot sandbox, scripted: persists on track-task, inserts on insert-result (or refuses). */
function sandbox(transport: FakeTransport, refuse = false) {
  const stored = new Map<string, PendingTask>();
  transport.sandbox = (message: UiMessage) => {
    queueMicrotask(() => {
      if (message.type === 'track-task') {
        stored.set(message.task.taskId, message.task);
        transport.deliver({ type: 'task-persisted', taskId: message.task.taskId });
      } else if (message.type === 'cancel-task') {
        stored.delete(message.taskId);
      } else if (message.type === 'insert-result' && refuse) {
        transport.deliver({
          type: 'insert-failed',
          taskId: message.task.taskId,
          error: { code: 'insert-failed', message: 'Penpot could not read the drawing.', action: 'retry' },
        });
      } else if (message.type === 'insert-result') {
        stored.delete(message.task.taskId);
        transport.deliver({
          type: 'inserted',
          taskId: message.task.taskId,
          nodeId: `node-${message.task.taskId}`,
        });
      }
    });
  };
  return stored;
}

function setup(
  options: { pending?: PendingTask[]; refuse?: boolean; runningPolls?: number; status?: number } = {},
) {
  const transport = new FakeTransport();
  const stored = sandbox(transport, options.refuse);
  for (const task of options.pending ?? []) stored.set(task.taskId, task);
  const api = gateway(options.runningPolls, options.status);
  const clock = new VirtualClock();
  let apiKey: string | null = 'aio_first';
  const service = createLocalTaskService(transport, {
    fetch: api.fetch,
    clock,
    getApiKey: () => apiKey,
    pending: options.pending ?? [],
    random: () => 0.5,
  });
  let views: TaskView[] = [];
  service.subscribe((v) => (views = v));
  const phaseOf = (id: string) => views.find((v) => v.taskId === id)?.phase;
  return {
    transport,
    stored,
    api,
    clock,
    service,
    views: () => views,
    phaseOf,
    setKey: (k: string) => (apiKey = k),
  };
}

const task = (id: string, createdAt = 100_000) =>
  pendingTask(id, { apiBase: API, createdAt, deadlineAt: createdAt + 120_000 });

describe('local task service (Penpot)', () => {
  it('persists through the sandbox, polls with the key, downloads and hands the SVG over', async () => {
    const s = setup({ runningPolls: 2 });
    await s.service.track(task('t1'));
    expect(s.stored.has('t1')).toBe(true);
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'done');
    const inserted = s.transport.sentOf('insert-result');
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.result).toEqual({ kind: 'svg', svg: SVG });
    expect(s.views()[0]).toMatchObject({ taskId: 't1', phase: 'done', nodeId: 'node-t1' });
    expect(s.stored.has('t1')).toBe(false);
    // The key went to the API origin only, never to the file host.
    const withAuth = s.api.requests.filter((r) => r.init?.headers?.Authorization);
    expect(withAuth.length).toBeGreaterThanOrEqual(3);
    expect(
      withAuth.every((r) => r.url.startsWith(API) && r.init!.headers!.Authorization === 'Bearer aio_first'),
    ).toBe(true);
    expect(
      s.api.requests.some((r) => r.url.startsWith('https://files.test/') && !r.init?.headers?.Authorization),
    ).toBe(true);
  });

  it('resumes the tasks the sandbox still holds at start', async () => {
    const s = setup({ pending: [task('a', 90_000), task('b', 95_000)] });
    await s.clock.runUntilAsync(() => s.phaseOf('a') === 'done' && s.phaseOf('b') === 'done');
    expect(
      s.transport
        .sentOf('insert-result')
        .map((m) => m.task.taskId)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(s.transport.sentOf('track-task')).toEqual([]);
    expect(s.stored.size).toBe(0);
  });

  it('shows the sandbox’s refusal to insert as a failed task', async () => {
    const s = setup({ refuse: true });
    await s.service.track(task('t1'));
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'failed');
    expect(s.views()[0]!.error).toMatchObject({
      code: 'insert-failed',
      message: 'Penpot could not read the drawing.',
    });
  });

  it('Stop forgets the task in the sandbox and polls no more', async () => {
    const s = setup({ runningPolls: 1000 });
    await s.service.track(task('t1'));
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'running');
    s.service.cancel('t1');
    await flushAsync();
    expect(s.phaseOf('t1')).toBe('cancelled');
    expect(s.transport.sentOf('cancel-task')).toEqual([{ type: 'cancel-task', taskId: 't1' }]);
    expect(s.stored.has('t1')).toBe(false);
    const polls = s.api.requests.length;
    await s.clock.runUntilAsync(() => false, 20).catch(() => undefined);
    expect(s.api.requests.length).toBe(polls);
    s.service.dismiss('t1');
    expect(s.views()).toEqual([]);
  });

  it('a refused key keeps the task; resume after a new key finishes it', async () => {
    const s = setup({ status: 401 });
    await s.service.track(task('t1'));
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'failed');
    expect(s.views()[0]!.error!.code).toBe('invalid-key');
    expect(s.stored.has('t1')).toBe(true);
    expect(s.transport.sentOf('cancel-task')).toEqual([]);
    const refused = s.api.requests.length;

    s.api.state.status = 200;
    s.setKey('aio_second');
    s.service.resume();
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'done');
    expect(s.stored.has('t1')).toBe(false);
    const later = s.api.requests.slice(refused).filter((r) => r.url.startsWith(API));
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r) => r.init?.headers?.Authorization === 'Bearer aio_second')).toBe(true);
  });
});

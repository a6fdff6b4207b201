/** The Penpot side of the local task service's tests: an in-memory gateway and a scripted sandbox. */
import type { FetchInit, FetchLike, FetchResponseLike } from '../../../core/api/http';
import type { UiMessage } from '../../../core/protocol/messages';
import type { PendingTask, TaskView } from '../../../core/tasks/types';
import { createLocalTaskService } from '../../../ui/tasks/local';
import { FakeTransport, pendingTask } from './fakes';
import { VirtualClock } from './virtual-clock';

export const API = 'http://127.0.0.1:9/api/v1';
export const SVG =
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
        transport.deliver({
          type: 'task-persisted',
          requestId: message.requestId,
          taskId: message.task.taskId,
        });
      } else if (message.type === 'cancel-task') {
        stored.delete(message.taskId);
      } else if (message.type === 'insert-result' && refuse) {
        transport.deliver({
          type: 'insert-failed',
          requestId: message.requestId,
          taskId: message.task.taskId,
          error: { code: 'insert-failed', message: 'Penpot could not read the drawing.', action: 'retry' },
        });
      } else if (message.type === 'insert-result') {
        stored.delete(message.task.taskId);
        transport.deliver({
          type: 'inserted',
          requestId: message.requestId,
          taskId: message.task.taskId,
          nodeId: `node-${message.task.taskId}`,
        });
      }
    });
  };
  return stored;
}

export function setup(
  options: { pending?: PendingTask[]; refuse?: boolean; runningPolls?: number; status?: number } = {},
) {
  const transport = new FakeTransport();
  const stored = sandbox(transport, options.refuse);
  for (const task of options.pending ?? []) stored.set(task.taskId, task);
  const api = gateway(options.runningPolls, options.status);
  const clock = new VirtualClock();
  let apiKey: string | null = 'aio_first';
  let apiBase = API;
  const service = createLocalTaskService(transport, {
    fetch: api.fetch,
    clock,
    getApiKey: () => apiKey,
    getApiBase: () => apiBase,
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
    /** The API base the UI's settings hold (what Advanced saved). */
    setApiBase: (base: string) => (apiBase = base),
  };
}

export const task = (id: string, createdAt = 100_000) =>
  pendingTask(id, { createdAt, deadlineAt: createdAt + 120_000 });

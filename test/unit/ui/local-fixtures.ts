/** The Penpot side of the local task service's tests: the in-memory gateway and a scripted sandbox. */
import type { UiMessage } from '../../../core/protocol/messages';
import type { PendingTask, TaskView } from '../../../core/tasks/types';
import { createLocalTaskService } from '../../../ui/tasks/local';
import { inMemoryGateway } from '../../support/in-memory-gateway';
import { FakeTransport, pendingTask } from './fakes';
import { VirtualClock } from '../../support/virtual-clock';

export const API = 'http://127.0.0.1:9/api/v1';
export const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

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
  const api = inMemoryGateway(SVG, options.runningPolls ?? 1, { apiBase: API, status: options.status });
  const clock = new VirtualClock(100_000);
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

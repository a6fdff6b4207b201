import { createPendingStore } from '../../../core/tasks/pending-store';
import { TaskRunner } from '../../../core/tasks/runner';
import { newPendingTask } from '../../../core/tasks/new-task';
import { createMemoryStore, type KeyValueStore } from '../../../core/storage/store';
import type { ModelId } from '../../../core/models/catalogue';
import { modelById } from '../../../core/models/catalogue';
import {
  DEFAULT_VECTOR_OPTIONS,
  type PendingTask,
  type ResultPayload,
  type TaskPhase,
  type TaskView,
} from '../../../core/tasks/types';
import { API_BASE, FakeGateway } from './fake-gateway';
import { seeded } from './seeded';
import { VirtualClock } from '../../support/virtual-clock';

export const KEY = 'aio_unit_key';

/** A runner over a virtual clock, the in-memory gateway and an in-memory store, recording everything. */
export function harness(options: { kv?: KeyValueStore; clock?: VirtualClock; gateway?: FakeGateway } = {}) {
  const clock = options.clock ?? new VirtualClock(1_000_000);
  const gateway = options.gateway ?? new FakeGateway(clock);
  const kv = options.kv ?? createMemoryStore();
  const store = createPendingStore(kv);
  const updates: TaskView[] = [];
  const delivered: { task: PendingTask; result: ResultPayload }[] = [];
  let apiKey: string | null = KEY;
  let apiBase = API_BASE;
  let deliverImpl = async (task: PendingTask, _result: ResultPayload) => {
    await store.removeAsync(task.taskId);
    return `node-${task.taskId}`;
  };
  const runner = new TaskRunner({
    fetch: gateway.fetch,
    clock,
    store,
    getApiKey: () => apiKey,
    getApiBase: async () => apiBase,
    deliver: (task, result) => {
      delivered.push({ task, result });
      return deliverImpl(task, result);
    },
    onUpdate: (view) => updates.push(view),
    random: seeded(42),
  });
  const view = (id: string) => runner.views().find((v) => v.taskId === id);
  return {
    clock,
    gateway,
    kv,
    store,
    runner,
    updates,
    delivered,
    view,
    setKey: (key: string | null) => {
      apiKey = key;
    },
    /** The API base the settings hold (what Advanced saved). */
    setApiBase: (base: string) => {
      apiBase = base;
    },
    setDeliver: (fn: typeof deliverImpl) => {
      deliverImpl = fn;
    },
    task: (id: string, model: ModelId = 'recraft-v4-text-to-vector') =>
      newPendingTask(
        { taskId: id },
        {
          model,
          prompt: 'a fox head icon',
          size: modelById(model).sizes[0]!,
          vector: DEFAULT_VECTOR_OPTIONS,
          target: { kind: 'viewport' },
        },
        clock.now(),
      ),
    /** Runs virtual time until the task reaches one of the phases. */
    untilAsync: (id: string, ...phases: TaskPhase[]) =>
      clock.runAsync(() => phases.includes(view(id)?.phase as TaskPhase)),
    phases: (id: string) =>
      updates
        .filter((u) => u.taskId === id)
        .map((u) => u.phase)
        .filter((p, i, all) => p !== all[i - 1]),
  };
}

/**
 * The real client and TaskRunner against the mock gateway over loopback
 * HTTP (Node's own fetch). Time is real but scaled: the runner's clock runs
 * `scale` times faster, and the mock's task durations are divided by the
 * same factor, so a 15 s model finishes in a few hundred real ms and the
 * polling schedule meets it exactly where it would in production.
 */
import { createGenerationAsync } from '../../core/api/client';
import type { Clock, FetchLike } from '../../core/api/http';
import { MODELS, modelById, type ModelId } from '../../core/models/catalogue';
import { createMemoryStore } from '../../core/storage/store';
import { newPendingTask } from '../../core/tasks/new-task';
import { createPendingStore } from '../../core/tasks/pending-store';
import { TaskRunner } from '../../core/tasks/runner';
import {
  DEFAULT_VECTOR_OPTIONS,
  type GenerationRequest,
  type PendingTask,
  type ResultPayload,
  type TaskPhase,
  type TaskView,
} from '../../core/tasks/types';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY, type MockOptions, type MockServer } from '../../dev/mock/types';

export const nodeFetch: FetchLike = (url, init) => fetch(url, init);

/** Real timers, virtual time running `scale`× faster. */
export function scaledClock(scale: number): Clock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * scale,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / scale)),
  };
}

export function requestFor(model: ModelId, prompt = 'a fox head icon, flat'): GenerationRequest {
  return {
    model,
    prompt,
    size: modelById(model).sizes[0]!,
    vector: DEFAULT_VECTOR_OPTIONS,
    target: { kind: 'viewport' },
  };
}

interface Delivery {
  readonly task: PendingTask;
  readonly result: ResultPayload;
  /** Whether the pending record was still stored when the result arrived (nothing lost before it). */
  readonly wasStored: boolean;
}

export async function setupAsync(mockOptions: MockOptions = {}, scale = 50) {
  const durations = Object.fromEntries(MODELS.map((m) => [m.id, (m.typicalSeconds * 1000) / scale]));
  const mock = await startMockServer({ durationMs: durations, ...mockOptions });
  const clock = scaledClock(scale);
  const kv = createMemoryStore();
  const store = createPendingStore(kv);
  return withRunner(mock, clock, kv, store);
}

/** A (new) runner over an existing mock, clock and store: what reopening the plugin gives. */
export function withRunner(
  mock: MockServer,
  clock: Clock,
  kv: ReturnType<typeof createMemoryStore>,
  store = createPendingStore(kv),
) {
  const views = new Map<string, TaskView>();
  const delivered: Delivery[] = [];
  let apiKey: string | null = DEMO_KEY;
  const runner = new TaskRunner({
    fetch: nodeFetch,
    clock,
    store,
    getApiKey: () => apiKey,
    getApiBase: async () => mock.apiBase,
    deliver: async (task, result) => {
      const wasStored = (await store.listAsync()).some((t) => t.taskId === task.taskId);
      delivered.push({ task, result, wasStored });
      await store.removeAsync(task.taskId);
      return `node-${delivered.length}`;
    },
    onUpdate: (view) => views.set(view.taskId, view),
  });
  const h = {
    mock,
    clock,
    kv,
    store,
    runner,
    views,
    delivered,
    setKey: (key: string | null) => {
      apiKey = key;
    },
    createAsync: (request: GenerationRequest, extra: { timeoutMs?: number } = {}) =>
      createGenerationAsync({
        fetch: nodeFetch,
        apiBase: mock.apiBase,
        apiKey: DEMO_KEY,
        request,
        clock,
        ...extra,
      }),
    /** Create, persist and follow, as the UI and sandbox do together. */
    generateAsync: async (model: ModelId, prompt?: string) => {
      const request = requestFor(model, prompt);
      const created = await h.createAsync(request);
      const task = newPendingTask(created, request, clock.now());
      await runner.trackAsync(task);
      return task;
    },
    /** Waits (real time, bounded) until the task reaches one of `phases`. */
    untilAsync: async (taskId: string, phases: TaskPhase[], limitMs = 15_000): Promise<TaskView> => {
      const end = Date.now() + limitMs;
      for (;;) {
        const view = views.get(taskId);
        if (view && phases.includes(view.phase)) return view;
        if (Date.now() > end) throw new Error(`task ${taskId} stuck in ${view?.phase ?? 'nothing'}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    posts: () => mock.log().filter((e) => e.method === 'POST'),
    closeAsync: async () => {
      runner.dispose();
      await runner.idleAsync();
      await mock.close();
    },
  };
  return h;
}

/**
 * One icon set end to end, without the host: the real SetQueue
 * (core/sets/queue.ts) sending each icon's request (core/sets/icon-request.ts)
 * with the real client, one POST attempt so a 429 reaches the queue, and the
 * real TaskRunner following each accepted task to its result, cleaned by the
 * real SVG pipeline (background removed, fitted in the icon frame). What
 * the Penpot UI does, minus the sandbox's record and canvas: a slot is
 * released once the icon is "placed" (cleaned) or its task failed.
 *
 * Shared by `npm run bench` (bench/set.ts, on a scaled clock) and the
 * integration test (test/integration/set-queue.test.ts, on a virtual one).
 */
import { createGenerationAsync } from '../core/api/client';
import { PluginError } from '../core/api/errors';
import type { Clock, FetchLike } from '../core/api/http';
import { iconRequest } from '../core/sets/icon-request';
import { SetQueue, type SendOutcome } from '../core/sets/queue';
import { itemKey, parseItemKey } from '../core/sets/set-record';
import { DEFAULT_SET_TEMPLATE, type IconSetSpec } from '../core/sets/types';
import { createMemoryStore } from '../core/storage/store';
import { cleanSvg } from '../core/svg/clean-svg';
import { cleanOptionsFor } from '../core/svg/vector-options';
import { newPendingTask } from '../core/tasks/new-task';
import { createPendingStore } from '../core/tasks/pending-store';
import { TaskRunner } from '../core/tasks/runner';
import type { PendingTask } from '../core/tasks/types';

export interface SetDriveOptions {
  readonly fetch: FetchLike;
  readonly clock: Clock;
  readonly apiBase: string;
  readonly apiKey: string;
  readonly subjects: readonly string[];
  readonly concurrency: number;
  /** The runner's jitter source (repeatable runs). */
  readonly random?: () => number;
}

/** One icon's outcome: placed (its cleaned SVG) or failed, when, after how many sends. */
export interface IconOutcome {
  readonly key: string;
  readonly subject: string;
  readonly state: 'landed' | 'failed';
  readonly at: number;
  readonly sends: number;
  readonly taskId?: string;
  readonly svg?: string;
}

export interface SetDrive {
  readonly queue: SetQueue;
  /** Resolves once every icon landed or failed, in the order they settled. */
  readonly doneAsync: Promise<readonly IconOutcome[]>;
  /** Most items the queue had in flight (sending plus accepted) at once. */
  readonly peakInFlight: () => number;
  readonly dispose: () => void;
}

export function setSpec(subjects: readonly string[]): IconSetSpec {
  return {
    setId: 'set-drive',
    name: 'Bench icons',
    prefix: 'icon',
    subjects,
    style: 'outline, rounded corners, 2 px stroke, minimal',
    template: DEFAULT_SET_TEMPLATE,
    model: 'recraft-v4-text-to-vector',
    size: '1024x1024',
    iconSize: 24,
    padding: 2,
    colour: { mode: 'keep', mono: '#000000', palette: [] },
    variants: 1,
  };
}

/** The queue's timers on the injected clock: a cancelled one simply does nothing when it wakes. */
function timersOn(clock: Clock) {
  return {
    setTimer: (wake: () => void, ms: number) => {
      const handle = { cancelled: false };
      void clock.sleep(ms).then(() => {
        if (!handle.cancelled) wake();
      });
      return handle;
    },
    clearTimer: (handle: unknown) => {
      (handle as { cancelled: boolean }).cancelled = true;
    },
    now: () => clock.now(),
  };
}

/** Starts the set: every icon is queued in list order at once. */
export function driveSet(options: SetDriveOptions): SetDrive {
  const { clock, fetch, apiBase, apiKey } = options;
  const spec = setSpec(options.subjects);
  const keys = spec.subjects.map((_, index) => itemKey(index, 1));
  const sends = new Map<string, number>();
  const settled = new Map<string, IconOutcome>();
  const order: IconOutcome[] = [];
  const store = createPendingStore(createMemoryStore());
  let finish: (outcomes: readonly IconOutcome[]) => void = () => undefined;
  const doneAsync = new Promise<readonly IconOutcome[]>((resolve) => (finish = resolve));
  let peak = 0;

  const keyOf = (task: PendingTask): string => {
    const target = task.request.target;
    return target.kind === 'set' ? itemKey(target.index, target.variant) : '';
  };
  const settle = (key: string, outcome: Omit<IconOutcome, 'key' | 'subject' | 'at' | 'sends'>) => {
    if (settled.has(key)) return;
    const index = parseItemKey(key)?.index ?? -1;
    const full = {
      key,
      subject: spec.subjects[index] ?? '',
      at: clock.now(),
      sends: sends.get(key) ?? 0,
      ...outcome,
    };
    settled.set(key, full);
    order.push(full);
    queue.release(key);
    if (settled.size === keys.length) finish(order);
  };

  const runner = new TaskRunner({
    fetch,
    clock,
    store,
    getApiKey: () => apiKey,
    getApiBase: async () => apiBase,
    ...(options.random ? { random: options.random } : {}),
    deliver: async (task, result) => {
      if (result.kind !== 'svg') throw new Error('an icon set delivers SVG');
      const { svg } = cleanSvg(result.svg, cleanOptionsFor(task.request.vector));
      await store.removeAsync(task.taskId);
      settle(keyOf(task), { state: 'landed', taskId: task.taskId, svg });
      return `node-${task.taskId}`;
    },
    onUpdate: (view) => {
      if (view.phase !== 'failed' && view.phase !== 'cancelled') return;
      const target = view.request.target;
      if (target.kind === 'set')
        settle(itemKey(target.index, target.variant), { state: 'failed', taskId: view.taskId });
    },
  });

  const sendAsync = async (key: string): Promise<SendOutcome> => {
    sends.set(key, (sends.get(key) ?? 0) + 1);
    const slot = parseItemKey(key);
    if (!slot) return { kind: 'failed' };
    const request = iconRequest(spec, { setId: spec.setId, ...slot });
    const started = clock.now();
    try {
      // One attempt: a 429 comes back to the queue, which slows the whole set down.
      const created = await createGenerationAsync({ fetch, apiBase, apiKey, request, clock, maxAttempts: 1 });
      await runner.trackAsync(newPendingTask(created, request, started));
      return { kind: 'accepted' };
    } catch (caught) {
      const error = caught instanceof PluginError ? caught.error : undefined;
      if (error?.code === 'rate-limited') {
        const seconds = error.retryAfterSeconds;
        return { kind: 'rate-limited', ...(seconds === undefined ? {} : { retryAfterMs: seconds * 1000 }) };
      }
      settle(key, { state: 'failed' });
      return { kind: 'failed' };
    }
  };

  const queue = new SetQueue({ send: sendAsync, concurrency: options.concurrency, ...timersOn(clock) });
  queue.subscribe((state) => {
    peak = Math.max(peak, state.sending.length + state.accepted.length);
  });
  queue.enqueue(keys);
  return {
    queue,
    doneAsync,
    peakInFlight: () => peak,
    dispose: () => {
      queue.stop();
      runner.dispose();
    },
  };
}

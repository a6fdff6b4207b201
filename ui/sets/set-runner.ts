/**
 * Running icon sets from the UI (it owns the gateway client and the key):
 * one SetQueue per set (core/sets/queue.ts) whose send saves the item
 * `sending`, POSTs its request and hands an accepted task to the task
 * service exactly as a single generation does, so each host's runner
 * follows it. The sandbox keeps the records; this only reacts to them:
 * a slot is released when the record says its item landed or failed, and
 * a set task the gateway failed is reported as a failed item.
 *
 * A POST costs money: nothing here sends one again by itself. A 429 puts
 * the item back (`waiting`) and the queue backs off; an answer that was
 * lost is a charge notice and a failed item, never resent.
 */
import { asUserError, isKeyError, PluginError, type UserError } from '../../core/api/errors';
import type { FetchLike } from '../../core/api/http';
import { ambiguous } from '../../core/errors/gateway';
import { noKey } from '../../core/errors/key';
import { cancelled, taskFailed } from '../../core/errors/task';
import { userError } from '../../core/errors/user-error';
import { iconRequest } from '../../core/sets/icon-request';
import { SetQueue, type SendOutcome } from '../../core/sets/queue';
import { isRunning, itemKey, parseItemKey } from '../../core/sets/set-record';
import type { UiMessage } from '../../core/protocol/messages';
import type { IconSetRecord, IconSetSpec, SetItem, SetSlot } from '../../core/sets/types';
import type { ChargeNotice } from '../../core/tasks/charge-notices';
import type { GenerationRequest, PendingTask, TaskSnapshot, TaskView } from '../../core/tasks/types';
import { errorText } from '../state/error-text';
import type { RequestAsync } from '../transport/request';

interface Creation {
  readonly taskId: string;
  readonly immediate?: TaskSnapshot;
}

export interface SetRunnerDeps {
  readonly requestAsync: RequestAsync;
  readonly send: (message: UiMessage) => void;
  readonly createGenerationAsync: (opts: {
    fetch: FetchLike;
    apiBase: string;
    apiKey: string;
    request: GenerationRequest;
    maxAttempts: number;
  }) => Promise<Creation>;
  readonly newPendingTask: (created: Creation, request: GenerationRequest, now: number) => PendingTask;
  readonly fetch: FetchLike;
  readonly now: () => number;
  readonly setTimer: (wake: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  /** Read at each send: a key saved meanwhile is used at once. */
  readonly getApiKey: () => string | null;
  readonly getApiBase: () => string;
  /** The task service's track: resolves once the task is persisted (the sandbox marks the item accepted). */
  readonly track: (task: PendingTask) => Promise<void>;
  /** Keeps a "may have been charged" notice. */
  readonly remember: (notice: ChargeNotice) => void;
  /** A refused (or missing) key: shown once, in the key panel. */
  readonly onKeyRefused: (error: UserError) => void;
  /** The gateway refused the brand colours (`controls-refused`): the option is turned off. */
  readonly onControlsRefused: (error: UserError) => void;
  /** A failure of the runner itself (a set-item the sandbox did not save). */
  readonly onError: (error: UserError) => void;
}

const settled = (item: SetItem) => item.state === 'landed' || item.state === 'failed';

export class SetRunner {
  private readonly deps: SetRunnerDeps;
  private readonly queues = new Map<string, SetQueue>();
  private records = new Map<string, IconSetRecord>();
  /** Sets halted by a refused key: sent again (a fresh queue) once a key is saved. */
  private readonly halted = new Set<string>();
  /** Sets whose brand colours the gateway refused: their icons are sent without them from then on. */
  private readonly withoutControls = new Set<string>();
  /** Set tasks whose gateway failure was reported already. */
  private readonly reported = new Set<string>();
  /** The task service's latest views: a failure seen before its item's record says accepted is kept. */
  private views: readonly TaskView[] = [];

  constructor(deps: SetRunnerDeps) {
    this.deps = deps;
  }

  /** Generate set: the sandbox makes the container and the record; every item is queued in list order. */
  async startAsync(spec: IconSetSpec): Promise<IconSetRecord> {
    const { set } = await this.deps.requestAsync('start-set', { spec });
    this.records.set(set.spec.setId, set);
    this.run(set);
    return set;
  }

  /** On opening: unfinished, unstopped sets carry on; tasks already accepted hold their slots. */
  resume(records: readonly IconSetRecord[]): void {
    this.update(records);
    for (const record of records) if (isRunning(record)) this.run(record);
  }

  /** A key was saved: the sets a refused key halted carry on. */
  resumeHalted(): void {
    const halted = [...this.halted];
    this.halted.clear();
    for (const setId of halted) {
      const record = this.records.get(setId);
      if (record && isRunning(record)) this.run(record);
    }
  }

  /** Every record, after any change ('sets'): the slots of items that landed or failed are free. */
  update(records: readonly IconSetRecord[]): void {
    this.records = new Map(records.map((r) => [r.spec.setId, r]));
    for (const record of records) {
      const queue = this.queues.get(record.spec.setId);
      if (!queue) continue;
      for (const item of record.items) if (settled(item)) queue.release(itemKey(item.index, item.variant));
    }
    // A task can fail before the record that says its item was accepted arrives.
    this.reportFailedTasks();
  }

  /** The task service's views: a set task that failed (gateway failure, expiry) or was stopped fails its item. */
  taskViews(views: readonly TaskView[]): void {
    this.views = views;
    this.reportFailedTasks();
  }

  private reportFailedTasks(): void {
    for (const view of this.views) {
      const target = view.request.target;
      const ended = view.phase === 'failed' || view.phase === 'cancelled';
      if (target.kind !== 'set' || !ended || this.reported.has(view.taskId)) continue;
      const item = this.records
        .get(target.setId)
        ?.items.find((i) => i.index === target.index && i.variant === target.variant);
      // Only the item's current task: an older attempt's failure must not fail its retry.
      if (!item || item.taskId !== view.taskId || item.state !== 'accepted') continue;
      this.reported.add(view.taskId);
      const error = view.error ?? (view.phase === 'cancelled' ? userError(cancelled) : userError(taskFailed));
      void this.saveItemAsync(target.setId, item, 'failed', error);
    }
  }

  /** Stop set: nothing waiting is sent any more; what is out still lands. */
  stop(setId: string): void {
    this.deps.send({ type: 'stop-set', setId });
    this.queues.get(setId)?.stop();
    this.halted.delete(setId);
  }

  /** Retry one failed item, at its own cost: saved waiting, then sent by the set's queue. */
  async retryAsync(setId: string, index: number, variant: number): Promise<void> {
    const record = this.records.get(setId);
    const item = record?.items.find((i) => i.index === index && i.variant === variant);
    if (!record || !item || item.state !== 'failed') return;
    const saved = await this.saveItemAsync(setId, item, 'waiting');
    if (!saved) return;
    const key = itemKey(index, variant);
    const queue = this.queues.get(setId);
    // A stopped (or finished) set has no live queue: the retried item gets one of its own.
    if (!queue?.retry(key)) this.queueFor(record).enqueue([key]);
  }

  /** Dismiss set: the record goes (its components stay on the canvas), and its queue with it. */
  dismiss(setId: string): void {
    this.deps.send({ type: 'dismiss-set', setId });
    this.queues.get(setId)?.stop();
    this.queues.delete(setId);
    this.halted.delete(setId);
  }

  private run(record: IconSetRecord): void {
    const queue = this.queueFor(record);
    for (const item of record.items) {
      if (item.state === 'accepted') queue.occupy(itemKey(item.index, item.variant));
    }
    queue.enqueue(record.items.filter((i) => i.state === 'waiting').map((i) => itemKey(i.index, i.variant)));
  }

  /** A fresh queue for the set (the old one, if any, stopped: a queue never restarts). */
  private queueFor(record: IconSetRecord): SetQueue {
    const setId = record.spec.setId;
    this.queues.get(setId)?.stop();
    const { now, setTimer, clearTimer } = this.deps;
    const queue = new SetQueue({ send: (key) => this.sendAsync(setId, key), now, setTimer, clearTimer });
    this.queues.set(setId, queue);
    return queue;
  }

  private async sendAsync(setId: string, key: string): Promise<SendOutcome> {
    const record = this.records.get(setId);
    const position = parseItemKey(key);
    const apiKey = this.deps.getApiKey();
    if (!record || !position) return { kind: 'failed' };
    const slot = { setId, ...position };
    const item: SetItem = { ...slot, state: 'waiting' };
    if (!apiKey) return this.halt(setId, userError(noKey));
    if (!(await this.saveItemAsync(setId, item, 'sending'))) return { kind: 'failed' };
    const request = this.requestFor(record.spec, slot);
    const started = this.deps.now();
    let created: Creation;
    try {
      const { fetch } = this.deps;
      const apiBase = this.deps.getApiBase();
      // One attempt: a 429 comes back here so the whole queue backs off, not only this slot.
      created = await this.deps.createGenerationAsync({ fetch, apiBase, apiKey, request, maxAttempts: 1 });
    } catch (caught) {
      return this.refusedAsync(record.spec, item, request, started, caught);
    }
    try {
      await this.deps.track(this.deps.newPendingTask(created, request, started));
    } catch (caught) {
      // Accepted: whatever went wrong handing it over, it may be charged (the error's context says so).
      await this.saveItemAsync(setId, item, 'failed', asUserError(caught, 'tracking'));
      return { kind: 'failed' };
    }
    return { kind: 'accepted' };
  }

  /** The icon's request; without brand colours once the gateway refused them for this set (Retry too). */
  private requestFor(spec: IconSetSpec, slot: SetSlot): GenerationRequest {
    const request = iconRequest(spec, slot);
    if (!this.withoutControls.has(spec.setId)) return request;
    const { controls: _refused, ...rest } = request;
    return rest;
  }

  private async refusedAsync(
    spec: IconSetSpec,
    item: SetItem,
    request: GenerationRequest,
    started: number,
    caught: unknown,
  ): Promise<SendOutcome> {
    const setId = spec.setId;
    // Only the client's typed errors are trusted; anything else may have happened after the body left.
    const error = caught instanceof PluginError ? caught.error : userError(ambiguous);
    if (isKeyError(error)) {
      await this.saveItemAsync(setId, item, 'waiting');
      return this.halt(setId, error);
    }
    // Certainly not taken (429, 503): waiting again, and the queue slows down.
    if (error.code === 'rate-limited' || error.status === 503) {
      await this.saveItemAsync(setId, item, 'waiting');
      const seconds = error.retryAfterSeconds;
      return { kind: 'rate-limited', ...(seconds === undefined ? {} : { retryAfterMs: seconds * 1000 }) };
    }
    // A refusal (nothing charged): this icon fails saying so, the others go without them, Retry too.
    if (error.code === 'controls-refused' && !this.withoutControls.has(setId)) {
      this.withoutControls.add(setId);
      this.deps.onControlsRefused(error);
    }
    if (error.code === 'ambiguous') {
      const { prompt, model } = request;
      const id = `set-${setId}-${item.index}-${item.variant}-${started}`;
      this.deps.remember({ id, prompt, model, createdAt: started, reason: errorText(error) });
    }
    await this.saveItemAsync(setId, item, 'failed', error);
    return { kind: 'failed' };
  }

  /** No usable key: this set sends nothing more until one is saved (the item stays waiting). */
  private halt(setId: string, error: UserError): SendOutcome {
    if (!this.halted.has(setId)) {
      this.halted.add(setId);
      this.queues.get(setId)?.stop();
      this.deps.onKeyRefused(error);
    }
    return { kind: 'failed' };
  }

  /** Saves what only the UI knows of an item; false (and the reason reported) when the sandbox did not. */
  private async saveItemAsync(
    setId: string,
    item: Pick<SetItem, 'index' | 'variant'>,
    state: 'waiting' | 'sending' | 'failed',
    error?: UserError,
  ): Promise<boolean> {
    try {
      const { index, variant } = item;
      await this.deps.requestAsync('set-item', {
        setId,
        index,
        variant,
        state,
        ...(error ? { error } : {}),
      });
      return true;
    } catch (caught) {
      this.deps.onError(asUserError(caught, 'plugin'));
      return false;
    }
  }
}

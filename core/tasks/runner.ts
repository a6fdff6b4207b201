/**
 * Follows accepted tasks to the canvas: persist, poll, download the result,
 * hand it to the insertion path. One runner per realm (Figma: sandbox,
 * Penpot: UI), with fetch, clock and store injected.
 *
 * A task leaves the store only once its result is on the canvas or kept in
 * History (the insertion path settles the record), or when it ended for good
 * (failed, unknown, expired, unusable, cancelled); a result neither placed
 * nor kept stays stored for the next open. A task still running at its
 * deadline stays stored and 'stalled' until the designer picks Keep waiting
 * or Stop.
 */
import type { UserError } from '../api/errors';
import { cancelledError } from '../api/task-errors';
import { TIMEOUTS } from '../api/timeouts';
import { runTaskAsync } from './follow-task';
import type { TaskRunnerApi, TaskRunnerOptions } from './runner-types';
import { createStopToken, type StopToken } from './stop-token';
import type { PendingTask, TaskView } from './types';

interface Followed {
  task: PendingTask;
  view: TaskView;
  token: StopToken;
  /** The current loop; undefined once it ended (done, failed, stalled, stopped). A stopped token means it is winding down. */
  loop?: Promise<void>;
}

export class TaskRunner implements TaskRunnerApi {
  private readonly followed = new Map<string, Followed>();
  private disposed = false;

  constructor(private readonly options: TaskRunnerOptions) {}

  /**
   * Saves first, then follows. A task whose record cannot be saved (storage
   * full even after History gave way) is followed all the same, in memory,
   * its view marked `unsaved` so the UI asks the designer to keep the plugin
   * open until it lands.
   */
  async trackAsync(task: PendingTask): Promise<boolean> {
    if (this.disposed) return false;
    let saved = true;
    try {
      await this.options.store.saveAsync(task);
    } catch {
      saved = false;
    }
    this.follow(task, !saved);
    return saved;
  }

  /** Follows every stored task not already followed (a task that ended keeping its record, e.g. a refused key, restarts). */
  async resumeAsync(): Promise<void> {
    const tasks = await this.options.store.listAsync();
    for (const task of tasks) this.follow(task);
  }

  cancel(taskId: string): void {
    const f = this.followed.get(taskId);
    // Once handed to the canvas it cannot be taken back; the record is the insertion path's now.
    if (f && (f.view.phase === 'inserting' || f.view.phase === 'done')) return;
    void this.options.store.removeAsync(taskId).catch(() => undefined);
    if (!f) return;
    f.token.stop();
    this.update(f, { phase: 'cancelled', error: cancelledError() });
  }

  keepWaiting(taskId: string): void {
    const f = this.followed.get(taskId);
    if (!f || f.view.phase !== 'stalled' || this.disposed) return;
    const deadlineAt = Math.max(this.options.clock.now(), f.task.deadlineAt) + TIMEOUTS.keepWaitingMs;
    const task = { ...f.task, deadlineAt };
    const followed = this.follow(task, f.view.unsaved === true);
    void this.options.store.saveAsync(task).then(
      () => {
        // Saved at last (room was made meanwhile): closing no longer loses it.
        if (followed?.view.unsaved) this.update(followed, { unsaved: undefined });
      },
      () => undefined,
    );
  }

  views(): TaskView[] {
    return [...this.followed.values()].map((f) => f.view);
  }

  dispose(): void {
    this.disposed = true;
    for (const f of this.followed.values()) f.token.stop();
  }

  /** Resolves once every loop has ended (tests, shutdown). */
  async idleAsync(): Promise<void> {
    while ([...this.followed.values()].some((f) => f.loop)) {
      await Promise.all([...this.followed.values()].map((f) => f.loop));
    }
  }

  /** Starts a loop for the task (unless one runs); returns its bookkeeping, or undefined when none started. */
  private follow(task: PendingTask, unsaved = false): Followed | undefined {
    const previous = this.followed.get(task.taskId);
    if (this.disposed || (previous?.loop && !previous.token.stopped)) return undefined;
    const f: Followed = {
      task,
      token: createStopToken(),
      view: {
        taskId: task.taskId,
        request: task.request,
        phase: task.immediate ? 'fetching' : previous ? 'running' : 'queued',
        createdAt: task.createdAt,
        updatedAt: this.options.clock.now(),
        polls: previous?.view.polls ?? 0,
        ...(unsaved ? { unsaved: true } : {}),
        ...(task.tool ? { toolId: task.tool.tool } : {}),
      },
    };
    this.followed.set(task.taskId, f);
    this.emit(f);
    const loop = runTaskAsync({
      task,
      token: f.token,
      options: this.options,
      view: () => f.view,
      // A stopped run's late news (cancelled meanwhile) must not overwrite what the designer chose.
      update: (patch) => {
        if (!f.token.stopped) this.update(f, patch);
      },
      endAsync: (error, keepRecord) => this.endAsync(f, error, keepRecord),
    }).finally(() => {
      if (f.loop === loop) f.loop = undefined;
    });
    f.loop = loop;
    return f;
  }

  /** Ends a task with a reason; its record goes unless it can still be saved (a refused key). */
  private async endAsync(f: Followed, error: UserError, keepRecord = false): Promise<void> {
    if (!keepRecord) await this.options.store.removeAsync(f.task.taskId).catch(() => undefined);
    if (!f.token.stopped) this.update(f, { phase: 'failed', error });
  }

  private update(f: Followed, patch: Partial<TaskView>): void {
    f.view = { ...f.view, ...patch, updatedAt: this.options.clock.now() };
    this.emit(f);
  }

  private emit(f: Followed): void {
    if (!this.disposed) this.options.onUpdate(f.view);
  }
}

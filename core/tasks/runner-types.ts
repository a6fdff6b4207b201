import type { FetchLike, Clock } from '../api/http';
import type { PendingTask, ResultPayload, TaskView } from './types';

/** Where pending tasks are kept until their result is on the canvas. */
export interface PendingTaskStore {
  saveAsync(task: PendingTask): Promise<void>;
  removeAsync(taskId: string): Promise<void>;
  /** The stored record, or undefined when there is none (or it is damaged). */
  getAsync(taskId: string): Promise<PendingTask | undefined>;
  listAsync(): Promise<PendingTask[]>;
}

export interface TaskRunnerOptions {
  /** A fetch that can send Authorization and read bytes (never Penpot's sandbox fetch). */
  readonly fetch: FetchLike;
  readonly clock: Clock;
  readonly store: PendingTaskStore;
  /** Read at each request, so a key re-entered mid-task is used. */
  readonly getApiKey: () => string | null;
  /**
   * The API base the designer saved (Advanced), read at each poll. A task never
   * carries its own: the key goes only where the designer's settings say, so a
   * forged or stale task record cannot send it elsewhere.
   */
  readonly getApiBase: () => Promise<string>;
  /**
   * Puts a finished result on the canvas. Resolves with the node id; rejects
   * with a PluginError when it could not. From the hand-over on, the pending
   * record is the insertion path's: it removes it once the node exists or
   * History holds the file, and leaves it otherwise (`insert-pending`); the
   * runner never removes it after handing over.
   */
  readonly deliver: (task: PendingTask, result: ResultPayload) => Promise<string>;
  readonly onUpdate: (view: TaskView) => void;
  /** Random source for jitter; injected for repeatable tests. */
  readonly random?: () => number;
}

/** Follows accepted tasks to the canvas: poll, fetch the result, deliver. */
export interface TaskRunnerApi {
  /**
   * Persists a newly accepted task and starts following it. Resolves once the
   * task is stored (before the first poll), with whether it could be: an
   * unsaved task is followed all the same, its view marked `unsaved`.
   */
  trackAsync(task: PendingTask): Promise<boolean>;
  /** Follows every task the store still holds (plugin reopened); resolves once they are started. */
  resumeAsync(): Promise<void>;
  /** Stops following and forgets the task (it may still be charged). */
  cancel(taskId: string): void;
  /** Pushes a stalled task's deadline further and polls again. */
  keepWaiting(taskId: string): void;
  views(): TaskView[];
  /** Stops every loop (plugin closing); pending records stay for the next open. */
  dispose(): void;
}

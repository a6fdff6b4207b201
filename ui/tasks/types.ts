import type { PendingTask, TaskView } from '../../core/tasks/types';

/**
 * Follows accepted tasks for the UI, whoever runs them: the sandbox on Figma
 * (remote), the UI itself on Penpot (local). The task list renders the same
 * views either way.
 */
export interface TaskService {
  /** Hands over a task the gateway accepted; resolves once it is persisted. */
  track(task: PendingTask): Promise<void>;
  /** Stops following the task (the gateway may still charge for it). */
  cancel(taskId: string): void;
  /** Gives a stalled task more time. */
  keepWaiting(taskId: string): void;
  /** Follows again the stored tasks that stopped on a refused key (called after a key is saved). */
  resume(): void;
  /** Removes a finished task from the list. */
  dismiss(taskId: string): void;
  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: (views: TaskView[]) => void): () => void;
}

import type { TaskView } from '../../core/tasks/types';

/**
 * The Tasks list: the task service's views plus the UI's own placeholders for
 * POSTs (sending, or failed before a task existed). A placeholder gives way
 * as soon as the service shows the task it became.
 */
export function mergeViews(placeholders: Iterable<TaskView>, views: readonly TaskView[]): TaskView[] {
  const known = new Set(views.map((v) => v.taskId));
  const pending = [...placeholders].filter((p) => !known.has(p.taskId));
  return [...pending, ...views].sort((a, b) => a.createdAt - b.createdAt);
}

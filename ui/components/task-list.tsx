import type { ChargeNotice } from '../../core/tasks/charge-notices';
import { isFinishedPhase } from '../../core/tasks/finished-phase';
import type { TaskView } from '../../core/tasks/types';
import { useNow } from '../hooks/use-now';
import { focusSoon } from '../sets/focus';
import { NoticeItem } from './notice-item';
import { taskIds, type TaskActionHandlers } from './task-actions';
import { TaskItem } from './task-item';

export interface TaskListProps extends TaskActionHandlers {
  /** Newest first. */
  readonly views: readonly TaskView[];
  /** Requests that may have been charged, kept until dismissed (even across closing the plugin). */
  readonly notices: readonly ChargeNotice[];
  readonly onDismissNotice: (id: string) => void;
  /** Where focus goes when the last row is dismissed. */
  readonly fallbackFocus: string;
}

/** The single tasks, newest first, with Clear finished; focus never falls to the body when a row goes. */
export function TaskList({ views, notices, onDismissNotice, fallbackFocus, ...handlers }: TaskListProps) {
  // One timer for the whole list, and only while something is running.
  const now = useNow(views.some((v) => !isFinishedPhase(v.phase)));
  const finished = views.filter((v) => isFinishedPhase(v.phase));
  const neighbour = (taskId: string) => {
    const at = views.findIndex((v) => v.taskId === taskId);
    const next = views[at + 1] ?? views[at - 1];
    return next ? [taskIds.row(next.taskId)] : [];
  };
  const dismiss = (taskId: string) => {
    focusSoon(...neighbour(taskId), fallbackFocus);
    handlers.onDismiss(taskId);
  };
  const stop = (taskId: string) => {
    focusSoon(taskIds.dismiss(taskId), taskIds.row(taskId));
    handlers.onStop(taskId);
  };
  const clear = () => {
    focusSoon(fallbackFocus);
    for (const view of finished) handlers.onDismiss(view.taskId);
  };
  if (!views.length && !notices.length)
    return <p class="empty muted">Nothing running. Results appear here.</p>;
  return (
    <>
      {finished.length > 0 && (
        <div class="row end">
          <button type="button" class="link" onClick={clear}>
            Clear finished
          </button>
        </div>
      )}
      <ul class="tasks" aria-label="Tasks">
        {notices.map((notice) => (
          <NoticeItem key={`notice-${notice.id}`} notice={notice} onDismiss={onDismissNotice} />
        ))}
        {views.map((view) => (
          <TaskItem key={view.taskId} view={view} now={now} {...handlers} onDismiss={dismiss} onStop={stop} />
        ))}
      </ul>
    </>
  );
}

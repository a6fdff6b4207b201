import type { ChargeNotice } from '../../core/tasks/charge-notices';
import { isFinishedPhase } from '../../core/tasks/finished-phase';
import type { TaskView } from '../../core/tasks/types';
import { useNow } from '../hooks/use-now';
import { NoticeItem } from './notice-item';
import type { TaskActionHandlers } from './task-actions';
import { TaskItem } from './task-item';

export interface TaskListProps extends TaskActionHandlers {
  readonly views: readonly TaskView[];
  /** Requests that may have been charged, kept until dismissed (even across closing the plugin). */
  readonly notices: readonly ChargeNotice[];
  readonly onDismissNotice: (id: string) => void;
}

export function TaskList({ views, notices, onDismissNotice, ...handlers }: TaskListProps) {
  // One timer for the whole list, and only while something is running.
  const now = useNow(views.some((v) => !isFinishedPhase(v.phase)));
  if (!views.length && !notices.length) return null;
  return (
    <section class="panel">
      <h2 id="tasks-heading">Tasks</h2>
      <ul class="tasks" aria-labelledby="tasks-heading">
        {notices.map((notice) => (
          <NoticeItem key={`notice-${notice.id}`} notice={notice} onDismiss={onDismissNotice} />
        ))}
        {views.map((view) => (
          <TaskItem key={view.taskId} view={view} now={now} {...handlers} />
        ))}
      </ul>
    </section>
  );
}

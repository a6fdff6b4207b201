import type { TaskView } from '../../core/tasks/types';
import { useNow } from '../hooks/use-now';
import { isFinished } from '../state/task-text';
import type { TaskActionHandlers } from './task-actions';
import { TaskItem } from './task-item';

export interface TaskListProps extends TaskActionHandlers {
  readonly views: readonly TaskView[];
}

export function TaskList({ views, ...handlers }: TaskListProps) {
  // One timer for the whole list, and only while something is running.
  const now = useNow(views.some((v) => !isFinished(v.phase)));
  if (!views.length) return null;
  return (
    <section class="panel">
      <h2 id="tasks-heading">Tasks</h2>
      <ul class="tasks" aria-labelledby="tasks-heading">
        {views.map((view) => (
          <TaskItem key={view.taskId} view={view} now={now} {...handlers} />
        ))}
      </ul>
    </section>
  );
}

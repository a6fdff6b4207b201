import type { TaskView } from '../../core/tasks/types';
import { useNow } from '../hooks/use-now';
import { isFinished } from '../state/task-text';
import { TaskItem } from './task-item';

export interface TaskListProps {
  readonly views: readonly TaskView[];
  readonly onStop: (taskId: string) => void;
  readonly onKeepWaiting: (taskId: string) => void;
  readonly onDismiss: (taskId: string) => void;
  readonly onSelect: (nodeId: string) => void;
}

export function TaskList({ views, onStop, onKeepWaiting, onDismiss, onSelect }: TaskListProps) {
  // One timer for the whole list, and only while something is running.
  const now = useNow(views.some((v) => !isFinished(v.phase)));
  if (!views.length) return null;
  return (
    <section class="panel">
      <h2 id="tasks-heading">Tasks</h2>
      <ul class="tasks" aria-labelledby="tasks-heading">
        {views.map((view) => (
          <TaskItem
            key={view.taskId}
            view={view}
            now={now}
            onStop={onStop}
            onKeepWaiting={onKeepWaiting}
            onDismiss={onDismiss}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </section>
  );
}

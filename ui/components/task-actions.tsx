import { isFinishedPhase } from '../../core/tasks/finished-phase';
import type { TaskView } from '../../core/tasks/types';
import { canStop } from '../state/task-text';
import { IconButton, subject } from './icon';

/** Ids of a task's row and its Dismiss, so focus can go to them once Stop or Dismiss removed a control. */
export const taskIds = {
  row: (taskId: string) => `task-${taskId}`,
  dismiss: (taskId: string) => `task-${taskId}-dismiss`,
};

export interface TaskActionHandlers {
  readonly onStop: (taskId: string) => void;
  readonly onKeepWaiting: (taskId: string) => void;
  readonly onDismiss: (taskId: string) => void;
  readonly onSelect: (nodeId: string) => void;
}

/** Keep waiting when stalled, Stop while the gateway works, Dismiss once finished; each names its task. */
export function TaskActions({
  view,
  onStop,
  onKeepWaiting,
  onDismiss,
  onSelect,
}: TaskActionHandlers & { view: TaskView }) {
  const stopNote = `stop-note-${view.taskId}`;
  const nodeId = view.phase === 'done' ? view.nodeId : undefined;
  const what = subject(view.request.prompt);
  return (
    <div class="actions">
      {view.phase === 'stalled' && (
        <IconButton
          icon="wait"
          label={`Keep waiting for ${what}`}
          onClick={() => onKeepWaiting(view.taskId)}
        />
      )}
      {canStop(view.phase) && (
        <>
          <IconButton
            icon="stop"
            label={`Stop ${what}`}
            describedBy={stopNote}
            onClick={() => onStop(view.taskId)}
          />
          <span id={stopNote} class="visually-hidden">
            Stops following this task. It may still be charged.
          </span>
        </>
      )}
      {nodeId && (
        <IconButton icon="select" label={`Select ${what} on canvas`} onClick={() => onSelect(nodeId)} />
      )}
      {isFinishedPhase(view.phase) && (
        <IconButton
          id={taskIds.dismiss(view.taskId)}
          icon="x"
          label={`Dismiss ${what}`}
          onClick={() => onDismiss(view.taskId)}
        />
      )}
    </div>
  );
}

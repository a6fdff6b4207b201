import { isFinishedPhase } from '../../core/tasks/finished-phase';
import type { TaskView } from '../../core/tasks/types';
import { canStop } from '../state/task-text';

export interface TaskActionHandlers {
  readonly onStop: (taskId: string) => void;
  readonly onKeepWaiting: (taskId: string) => void;
  readonly onDismiss: (taskId: string) => void;
  readonly onSelect: (nodeId: string) => void;
}

/** Keep waiting when stalled, Stop while the gateway works, Dismiss once finished. */
export function TaskActions({
  view,
  onStop,
  onKeepWaiting,
  onDismiss,
  onSelect,
}: TaskActionHandlers & { view: TaskView }) {
  const stopNote = `stop-note-${view.taskId}`;
  const nodeId = view.phase === 'done' ? view.nodeId : undefined;
  return (
    <div class="row actions">
      {view.phase === 'stalled' && (
        <button type="button" onClick={() => onKeepWaiting(view.taskId)}>
          Keep waiting
        </button>
      )}
      {canStop(view.phase) && (
        <>
          <button
            type="button"
            class="secondary"
            title="Stop following this task. It may still be charged."
            aria-describedby={stopNote}
            onClick={() => onStop(view.taskId)}
          >
            Stop
          </button>
          <span id={stopNote} class="visually-hidden">
            Stops following this task. It may still be charged.
          </span>
        </>
      )}
      {nodeId && (
        <button type="button" class="secondary" onClick={() => onSelect(nodeId)}>
          Select on canvas
        </button>
      )}
      {isFinishedPhase(view.phase) && (
        <button type="button" class="secondary" onClick={() => onDismiss(view.taskId)}>
          Dismiss
        </button>
      )}
    </div>
  );
}

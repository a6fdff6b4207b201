import type { TaskView } from '../../core/tasks/types';
import { errorText } from '../state/error-text';
import { modelName } from '../state/cost';
import { modelById } from '../../core/models/catalogue';
import { canStop, elapsedSeconds, elapsedText, isFinished, phaseText, progressOf } from '../state/task-text';

export interface TaskItemProps {
  readonly view: TaskView;
  readonly now: number;
  readonly onStop: (taskId: string) => void;
  readonly onKeepWaiting: (taskId: string) => void;
  readonly onDismiss: (taskId: string) => void;
  readonly onSelect: (nodeId: string) => void;
}

export function TaskItem({ view, now, onStop, onKeepWaiting, onDismiss, onSelect }: TaskItemProps) {
  const progress = progressOf(view, now);
  const finished = isFinished(view.phase);
  const stopNote = `stop-note-${view.taskId}`;
  return (
    <li class={`task phase-${view.phase}`}>
      <div class="row">
        <span class="task-prompt grow" title={view.request.prompt}>
          {view.request.prompt}
        </span>
        <span class="elapsed">{elapsedText(elapsedSeconds(view, now))}</span>
      </div>
      <div class="row small">
        <span class="phase" aria-live="polite">
          {phaseText(view.phase)}
        </span>
        <span class="muted grow">{modelName(modelById(view.request.model))}</span>
      </div>
      {!finished && (
        <progress max={1} value={progress} aria-label={`Progress of "${view.request.prompt.slice(0, 40)}"`} />
      )}
      {view.phase === 'stalled' && (
        <p class="hint">Taking longer than usual. Keep waiting, or stop following it.</p>
      )}
      {view.error && view.phase !== 'cancelled' && (
        <p role="alert" class="error">
          {errorText(view.error)}
        </p>
      )}
      {view.phase === 'cancelled' && <p class="hint">Stopped. The gateway may still charge for it.</p>}
      <div class="row actions">
        {view.phase === 'stalled' && (
          <button type="button" onClick={() => onKeepWaiting(view.taskId)}>
            Keep waiting
          </button>
        )}
        {canStop(view.phase) && (
          <button
            type="button"
            class="secondary"
            title="Stop following this task. It may still be charged."
            aria-describedby={stopNote}
            onClick={() => onStop(view.taskId)}
          >
            Stop
          </button>
        )}
        {canStop(view.phase) && (
          <span id={stopNote} class="visually-hidden">
            It may still be charged.
          </span>
        )}
        {view.phase === 'done' && view.nodeId && (
          <button type="button" class="secondary" onClick={() => onSelect(view.nodeId!)}>
            Select on canvas
          </button>
        )}
        {finished && (
          <button type="button" class="secondary" onClick={() => onDismiss(view.taskId)}>
            Dismiss
          </button>
        )}
      </div>
    </li>
  );
}

import { isKeyError } from '../../core/api/errors';
import { cancelledError } from '../../core/api/task-errors';
import { NOTES } from '../../core/errors/notes';
import { modelById } from '../../core/models/catalogue';
import { toolById } from '../../core/models/tools';
import { isFinishedPhase } from '../../core/tasks/finished-phase';
import type { TaskView } from '../../core/tasks/types';
import { modelName } from '../state/cost';
import { errorText } from '../state/error-text';
import { elapsedSeconds, elapsedText, isAtRiskUnsaved, phaseText, progressOf } from '../state/task-text';
import { ProgressBar } from './progress-bar';
import { TaskActions, taskIds, type TaskActionHandlers } from './task-actions';

export interface TaskItemProps extends TaskActionHandlers {
  readonly view: TaskView;
  readonly now: number;
}

/** One task's row: prompt, phase and time, its one note, its actions as icons. Nothing here is live. */
export function TaskItem({ view, now, ...handlers }: TaskItemProps) {
  const prompt = view.request.prompt;
  return (
    <li id={taskIds.row(view.taskId)} tabIndex={-1} class={`task phase-${view.phase}`}>
      <div class="row">
        <span class="task-prompt grow" title={prompt}>
          {prompt}
        </span>
        <TaskActions view={view} {...handlers} />
      </div>
      <div class="row muted">
        <span class="phase">{phaseText(view.phase)}</span>
        {/* A tool task (Remove background, Upscale) names its tool; its request is its source's. */}
        <span class="grow">
          {view.toolId ? toolById(view.toolId).label : modelName(modelById(view.request.model))}
        </span>
        <span class="elapsed">{elapsedText(elapsedSeconds(view, now))}</span>
      </div>
      {!isFinishedPhase(view.phase) && (
        <ProgressBar value={progressOf(view, now)} label={`Progress of "${prompt.slice(0, 40)}"`} />
      )}
      <TaskNote view={view} />
      {isAtRiskUnsaved(view) && <p class="warning">{NOTES.unsavedTask}</p>}
    </li>
  );
}

/** The one sentence under a task: why it failed (an alert), or what a stall or a stop means. */
function TaskNote({ view }: { view: TaskView }) {
  if (view.phase === 'failed' && view.error && isKeyError(view.error)) {
    // The key panel carries the alert (the same sentence); the task resumes once a valid key is saved.
    return (
      <p class="error">
        {errorText(view.error)} {NOTES.resumesWithKey}
      </p>
    );
  }
  if (view.phase === 'failed' && view.error) {
    return (
      <p role="alert" class="error">
        {errorText(view.error)}
      </p>
    );
  }
  if (view.phase === 'stalled') {
    // The deadline's own sentence already offers Keep waiting or Stop.
    return <p class="muted">{view.error ? errorText(view.error) : NOTES.stalled}</p>;
  }
  if (view.phase === 'cancelled') return <p class="muted">{errorText(view.error ?? cancelledError())}</p>;
  return null;
}

import { modelById } from '../../core/models/catalogue';
import { isKeyError } from '../../core/api/errors';
import { leftPending } from '../../core/tasks/delivery-attempts';
import { isFinishedPhase } from '../../core/tasks/finished-phase';
import type { TaskPhase, TaskView } from '../../core/tasks/types';

const PHASE_TEXT: Record<TaskPhase, string> = {
  submitting: 'Sending…',
  queued: 'Queued',
  running: 'Generating…',
  stalled: 'Still running',
  fetching: 'Downloading…',
  inserting: 'Placing…',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Stopped',
};

export function phaseText(phase: TaskPhase): string {
  return PHASE_TEXT[phase];
}

/** Stop is offered while the gateway is working; a POST in flight or an insertion cannot be stopped. */
export function canStop(phase: TaskPhase): boolean {
  return phase === 'queued' || phase === 'running' || phase === 'stalled' || phase === 'fetching';
}

/** Whole seconds since the task was created; frozen once it finished. */
export function elapsedSeconds(view: TaskView, now: number): number {
  const end = isFinishedPhase(view.phase) ? view.updatedAt : now;
  return Math.max(0, Math.floor((end - view.createdAt) / 1000));
}

/** "12 s", "2 min 05 s". */
export function elapsedText(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/**
 * Progress in 0–1, or undefined for an indeterminate bar. While generating,
 * it is estimated from the model's typical duration and never reaches the
 * end before the task does.
 */
export function progressOf(view: TaskView, now: number): number | undefined {
  switch (view.phase) {
    case 'running': {
      const typical = modelById(view.request.model).typicalSeconds * 1000;
      const ratio = (now - view.createdAt) / typical;
      // Eases towards 90 %: a slow task keeps moving without claiming it is done.
      return 0.9 * (1 - Math.exp(-1.5 * Math.max(0, ratio)));
    }
    case 'fetching':
      return 0.92;
    case 'inserting':
      return 0.96;
    case 'done':
      return 1;
    default:
      return undefined;
  }
}

/**
 * Whether closing the plugin would lose the task: its record could not be
 * saved, and it has neither landed nor ended for good (a task waiting for a
 * new key, or left pending by the insertion path, would have resumed).
 */
export function isAtRiskUnsaved(view: TaskView): boolean {
  if (!view.unsaved || view.phase === 'done' || view.phase === 'cancelled') return false;
  if (view.phase !== 'failed') return true;
  return view.error !== undefined && (leftPending(view.error) || isKeyError(view.error));
}

import { modelById } from '../../core/models/catalogue';
import { progressLine } from '../../core/sets/set-record';
import type { IconSetRecord } from '../../core/sets/types';
import { isFinishedPhase } from '../../core/tasks/finished-phase';
import type { TaskView } from '../../core/tasks/types';
import { clockText } from '../../core/clock-text';

/** What the footer's status line says of the single tasks: the current run, counted from its first start. */
export interface RunSummary {
  readonly running: number;
  readonly finished: number;
  readonly failed: number;
  readonly total: number;
  /** When the run's first task was created. */
  readonly since: number;
}

/** The tasks still running and those finished since the first of them started; undefined when none runs. */
export function runSummary(views: readonly TaskView[]): RunSummary | undefined {
  const running = views.filter((v) => !isFinishedPhase(v.phase));
  if (!running.length) return undefined;
  const since = Math.min(...running.map((v) => v.createdAt));
  const run = views.filter((v) => v.createdAt >= since);
  const finished = run.filter((v) => isFinishedPhase(v.phase));
  return {
    running: running.length,
    finished: finished.length,
    failed: finished.filter((v) => v.phase === 'failed').length,
    total: run.length,
    since,
  };
}

/**
 * "Generating 3 of 8 · 1 failed · 0:12": with `now` the line as shown; without, the words the live
 * region speaks (no clock: it would be announced every second).
 */
export function runLine(run: RunSummary, now?: number): string {
  return [
    `Generating ${run.finished} of ${run.total}`,
    ...(run.failed ? [`${run.failed} failed`] : []),
    ...(now === undefined ? [] : [clockText(now - run.since)]),
  ].join(' · ');
}

/** A running set's line: "Brand icons: 7 of 12 · 1 failed", with its clock when `now` is given. */
export function setLine(record: IconSetRecord, now?: number): string {
  return `${record.spec.name}: ${progressLine(record, now)}`;
}

/** Credits of the tasks the gateway accepted since `since` (placeholders of a POST in flight are not). */
export function creditsOf(views: readonly TaskView[], since: number, counted: Map<string, number>): number {
  for (const view of views) {
    if (view.createdAt < since || view.phase === 'submitting' || view.taskId.startsWith('local-')) continue;
    if (!counted.has(view.taskId)) counted.set(view.taskId, modelById(view.request.model).credits);
  }
  let sum = 0;
  for (const credits of counted.values()) sum += credits;
  return sum;
}

/** History without the results Activity still lists as done: each result is listed once. */
export function historyNotInActivity<T extends { readonly taskId: string }>(
  history: readonly T[],
  views: readonly TaskView[],
): T[] {
  const shown = new Set(views.filter((v) => v.phase === 'done').map((v) => v.taskId));
  return history.filter((entry) => !shown.has(entry.taskId));
}

/**
 * How often a result is cleaned and inserted before it is given up. On Figma
 * the sandbox is the editor's main thread: a result that freezes the SVG
 * pipeline or the importer kills the tab before anything can be recorded. So
 * each attempt is counted in the pending record before it starts, and a
 * record whose attempts ran out is never cleaned or inserted again by itself:
 * its raw file goes to History ("could not be inserted"), where the designer
 * downloads it or tries again on purpose.
 */
import type { UserError } from '../api/errors';
import type { PendingTask } from './types';

/** Two: one retry for a plugin closed mid-insert, no third freeze. */
export const MAX_DELIVERY_ATTEMPTS = 2;

/** Attempts counted so far (a damaged count reads as none: the next attempt is counted afresh). */
export function attemptsOf(task: PendingTask): number {
  const n = task.deliveryAttempts;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
}

/** Its attempts ran out: the next hand-over keeps its raw file in History and inserts nothing. */
export function isGivenUp(task: PendingTask): boolean {
  return attemptsOf(task) >= MAX_DELIVERY_ATTEMPTS;
}

/**
 * Whether a failed hand-over left the pending record in place (the next open
 * follows the task again). Every other failure was settled by the insertion
 * path: the record is gone and History holds the file.
 */
export function leftPending(error: UserError): boolean {
  return error.code === 'insert-pending';
}

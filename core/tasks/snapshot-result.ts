/**
 * Whether a task answer carries its result: a file URL or the drawing
 * itself. One rule for reading the answer (normalise-task.ts: a result
 * with no known status word means it succeeded; a creation answer with one
 * needs no poll) and for polling (poll-loop.ts: a success without one is
 * polled again a few times before it counts as finished).
 */
import type { TaskSnapshot } from './types';

export function hasResult(snapshot: Pick<TaskSnapshot, 'urls' | 'svg'>): boolean {
  return snapshot.urls.length > 0 || snapshot.svg !== undefined;
}

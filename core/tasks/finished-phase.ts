/**
 * Which task phases are finished: the task will not move by itself any more
 * (landed, ended with a reason, or stopped). One rule for the task list (its
 * clock stops, Dismiss is offered) and both task services (Stop cannot turn
 * a finished task into a stopped one).
 */
import type { TaskPhase } from './types';

export function isFinishedPhase(phase: TaskPhase): boolean {
  return phase === 'done' || phase === 'failed' || phase === 'cancelled';
}

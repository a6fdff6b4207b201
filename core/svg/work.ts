import { SvgRejectedError } from './errors';
import type { SvgLimits } from './types';

/**
 * Counts the work of the stages that can revisit an element (those that follow references, and
 * simplify), against the limits' budgets. One instance per cleanSvg call; the counts end up in the
 * report, so tests can check that work stays proportional to the input.
 */
export class Work {
  elementsVisited = 0;
  referencesFollowed = 0;

  constructor(readonly limits: SvgLimits) {}

  visit(): void {
    if (++this.elementsVisited > this.limits.maxVisits) {
      throw new SvgRejectedError('too-many-elements', `drawing it visits more than ${this.limits.maxVisits}`);
    }
  }

  follow(): void {
    if (++this.referencesFollowed > this.limits.maxReferencesFollowed) {
      throw new SvgRejectedError(
        'too-many-elements',
        `drawing it follows more than ${this.limits.maxReferencesFollowed} references`,
      );
    }
  }
}

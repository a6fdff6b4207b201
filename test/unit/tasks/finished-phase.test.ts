import { describe, expect, it } from 'vitest';
import { isFinishedPhase } from '../../../core/tasks/finished-phase';
import type { TaskPhase } from '../../../core/tasks/types';

describe('isFinishedPhase', () => {
  it('is done, failed or cancelled, and nothing still on its way', () => {
    const phases: Record<TaskPhase, boolean> = {
      submitting: false,
      queued: false,
      running: false,
      stalled: false,
      fetching: false,
      inserting: false,
      done: true,
      failed: true,
      cancelled: true,
    };
    for (const [phase, finished] of Object.entries(phases)) {
      expect(isFinishedPhase(phase as TaskPhase), phase).toBe(finished);
    }
  });
});

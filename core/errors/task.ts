/** Following a task: too long, unknown to the gateway, failed there, or not followable. */
import { minutesOf } from './sentence-parts';
import type { Entry } from './user-error';

/** The gateway's own "Generation failed: …" would read twice after ours: its prefix goes (the rest kept). */
function withoutFailedPrefix(said: string): string {
  return said.replace(/^\s*(?:the\s+)?generation\s+failed\s*[:.\-–—]?\s*/i, '');
}

export const timeout = {
  code: 'timeout',
  action: 'keep-waiting',
  message: (waitedMs: number) =>
    // Not "Still running…": the task's own status already says so, right beside this sentence.
    `Running for ${minutesOf(waitedMs)} min, longer than usual. Keep waiting, or stop following it (it may still be charged).`,
} satisfies Entry;

export const taskNotFound = {
  code: 'task-not-found',
  action: 'check-history',
  message:
    'The gateway no longer knows this task (unknown or expired). Check your gateway dashboard for its charge.',
} satisfies Entry;

export const taskIdUnusable = {
  code: 'task-not-found',
  action: 'check-history',
  message:
    'This task has an unusable id, so it was never polled. Check your gateway dashboard for its charge.',
} satisfies Entry;

export const taskFailed = {
  code: 'task-failed',
  action: 'retry',
  /** `said`: the gateway's own words, already redacted. */
  message: (said?: string) => {
    const rest = said === undefined ? '' : withoutFailedPrefix(said);
    return rest ? `The generation failed: ${rest}` : 'The generation failed on the gateway. Try again.';
  },
} satisfies Entry;

export const creationUnfollowable = {
  code: 'result-unreadable',
  action: 'check-history',
  message: (why: 'no-id' | 'bad-id') =>
    `The result could not be read: the gateway accepted the request but its answer ${
      why === 'no-id' ? 'held no task id' : 'held an unusable task id'
    }. It may have been charged; check your gateway dashboard.`,
} satisfies Entry;

export const untracked = {
  code: 'untracked',
  action: 'check-history',
  message:
    'The image was requested but the plugin could not save it to follow it up. It may still be charged: check your gateway dashboard.',
} satisfies Entry;

export const cancelled = {
  code: 'cancelled',
  action: 'none',
  message: 'Stopped following this generation. It may still be charged on the gateway.',
} satisfies Entry;

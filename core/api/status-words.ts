/**
 * Maps the gateway's many status words to four states. Seen: pending,
 * IN_PROGRESS, processing, completed, complete, SUCCESS, success, FAILED,
 * failed, error; expected: queued, running, succeeded, cancelled, expired.
 * Any case, spaces or dashes.
 */
import type { TaskStatus } from '../tasks/types';

const EXACT: Record<string, TaskStatus> = {
  pending: 'queued',
  queued: 'queued',
  queue: 'queued',
  in_queue: 'queued',
  waiting: 'queued',
  submitted: 'queued',
  created: 'queued',
  scheduled: 'queued',
  accepted: 'queued',
  not_started: 'queued',
  starting: 'running',
  started: 'running',
  running: 'running',
  in_progress: 'running',
  inprogress: 'running',
  processing: 'running',
  generating: 'running',
  working: 'running',
  active: 'running',
  completed: 'succeeded',
  complete: 'succeeded',
  success: 'succeeded',
  succeeded: 'succeeded',
  succeed: 'succeeded',
  successful: 'succeeded',
  done: 'succeeded',
  finished: 'succeeded',
  ready: 'succeeded',
  failed: 'failed',
  fail: 'failed',
  failure: 'failed',
  error: 'failed',
  errored: 'failed',
  cancelled: 'failed',
  canceled: 'failed',
  expired: 'failed',
  rejected: 'failed',
  aborted: 'failed',
  timeout: 'failed',
  timed_out: 'failed',
};

// Compound words such as GENERATE_FAILED or TEXT_SUCCESS; failure is checked first.
const PATTERNS: readonly [RegExp, TaskStatus][] = [
  [/fail|error|cancel|expire|reject|abort/, 'failed'],
  [/success|succeed|complete|finish/, 'succeeded'],
  [/process|progress|running|generat/, 'running'],
  [/queue|pending|wait/, 'queued'],
];

/** The state a status word names, or undefined for a word we do not know. */
export function statusFromWord(word: string): TaskStatus | undefined {
  const key = word
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (!key) return undefined;
  const exact = EXACT[key];
  if (exact) return exact;
  return PATTERNS.find(([pattern]) => pattern.test(key))?.[1];
}

/**
 * How a followed task can end badly, as designer-facing errors. The HTTP
 * mapping lives in errors.ts; these are the task runner's own outcomes.
 */
import type { UserError } from './errors';
import { serverMessage } from './server-message';

export function taskNotFoundError(): UserError {
  return {
    code: 'task-not-found',
    status: 404,
    action: 'check-history',
    message:
      'The gateway no longer knows this task (unknown or expired). Check your gateway dashboard for its charge.',
  };
}

export function taskFailedError(gatewayText?: string, apiKey?: string | null): UserError {
  const said = gatewayText ? serverMessage(gatewayText, apiKey) : undefined;
  return {
    code: 'task-failed',
    action: 'retry',
    message: said ? `The generation failed: ${said}` : 'The generation failed on the gateway. Try again.',
  };
}

/** A task id the gateway would not give (task-id.ts): never polled, since its URL would be another address. */
export function invalidTaskIdError(): UserError {
  return {
    code: 'task-not-found',
    action: 'check-history',
    message:
      'This task has an unusable id, so it was never polled. Check your gateway dashboard for its charge.',
  };
}

/** The POST was accepted (2xx) but its answer cannot be followed: it may be running, and charged. */
export function creationUnfollowableError(why: 'no-id' | 'bad-id'): UserError {
  const held = why === 'no-id' ? 'held no task id' : 'held an unusable task id';
  return {
    ...resultUnreadableError(
      `the gateway accepted the request but its answer ${held}. It may have been charged; check your gateway dashboard.`,
    ),
    action: 'check-history',
  };
}

/** A definite answer (404/410, or the link's own expiry passed): the file is gone for good. */
export function resultExpiredError(): UserError {
  return {
    code: 'result-expired',
    action: 'none',
    message:
      'The result file has expired on the gateway (files are kept about a day), so it can no longer be inserted; generating again is the only way.',
  };
}

export function resultUnreadableError(why: string): UserError {
  return { code: 'result-unreadable', action: 'retry', message: `The result could not be read: ${why}` };
}

/** The download kept meeting passing faults (`lastFault`, e.g. "HTTP 503") until its window closed. */
export function resultGaveUpError(lastFault: string, windowMs: number): UserError {
  const minutes = Math.max(1, Math.round(windowMs / 60_000));
  return {
    code: 'result-unreadable',
    action: 'check-history',
    message: `The result could not be downloaded: its file still failed (${lastFault}) after ${minutes} min of retries. It was generated and may be charged; check your gateway dashboard.`,
  };
}

export function cancelledError(): UserError {
  return {
    code: 'cancelled',
    action: 'none',
    message: 'Stopped following this generation. It may still be charged on the gateway.',
  };
}

/** The canvas refused a paid result and History holds it: Insert again places it later. */
export function keptInHistoryError(refused: UserError): UserError {
  return {
    ...refused,
    action: 'check-history',
    message: `${refused.message} The result is kept in History: use Insert again.`,
  };
}

/**
 * A paid result neither placed nor kept in History (storage failing, or the
 * plugin closing mid-insert): its task stays pending, and the next open
 * follows it again and inserts it.
 */
export function insertPendingError(refused?: UserError): UserError {
  const why = refused
    ? `${refused.message} It could not be kept in History either`
    : "The result couldn't be put on the canvas";
  return {
    code: 'insert-pending',
    action: 'none',
    message: `${why}, so it stays pending: it will be inserted the next time you open the plugin.`,
  };
}

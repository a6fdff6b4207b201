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

/** A result file over `limitBytes`: refused before it is read or parsed; the gateway still holds it. */
export function resultTooLargeError(bytes: number, limitBytes: number): UserError {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return {
    code: 'result-unreadable',
    action: 'check-history',
    message: `The result file is ${mb(bytes)}, more than the ${mb(limitBytes)} the plugin can insert safely, so it was not read. It was generated and may be charged: you can download it from your gateway dashboard.`,
  };
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

/**
 * A paid result that could not be inserted (the pipeline rejected it, the
 * canvas refused it, or its attempts ran out) and whose file History holds:
 * the task ends, and the designer downloads the file or tries again.
 */
export function notInsertedError(reason: UserError): UserError {
  return {
    ...reason,
    action: 'check-history',
    message: `Could not be inserted. ${reason.message} Its file is kept in History: Download file, or Try inserting again (no new charge).`,
  };
}

/**
 * A paid result neither placed nor kept in History (storage failing, or the
 * plugin closing mid-insert): its task stays pending. The next open follows
 * it again and inserts it, or, once its attempts ran out (`givenUp`), only
 * keeps its file in History.
 */
export function insertPendingError(refused?: UserError, givenUp = false): UserError {
  const why = refused
    ? `${refused.message} It could not be kept in History either`
    : "The result couldn't be put on the canvas";
  const next = givenUp
    ? 'the next time you open the plugin its file is kept in History (it is not inserted again by itself)'
    : 'it will be inserted the next time you open the plugin';
  return {
    code: 'insert-pending',
    action: 'none',
    message: `${why}, so it stays pending: ${next}.`,
  };
}

/** Attempts to insert a result kept stopping half-way (the plugin closed, or the page froze on it). */
export function interruptedAttemptsError(attempts: number): UserError {
  return {
    code: 'insert-failed',
    action: 'retry',
    message: `Inserting it was interrupted ${attempts} times (the plugin closed or stopped responding), so it is not tried again by itself.`,
  };
}

/** An image whose header claims a size no real result has (zero, or beyond `maxSide`). */
export function implausibleImageError(width: number, height: number, maxSide: number): UserError {
  return {
    code: 'result-unreadable',
    action: 'retry',
    message: `The image claims to be ${width}×${height} px, which is not a believable size (1 to ${maxSide} px a side), so it was not inserted.`,
  };
}

/** Download file found the cached file damaged. */
export function fileUnsavableError(): UserError {
  return {
    code: 'result-unreadable',
    action: 'none',
    message: 'This file could not be saved: its copy in History is damaged.',
  };
}

/** Download file asked the sandbox for the cached file and heard nothing back in time. */
export function fileNotSentError(): UserError {
  return {
    code: 'result-unreadable',
    action: 'retry',
    message: 'The file did not arrive from the plugin in time. Try Download file again.',
  };
}

/** Shown on a task whose pending record could not be saved, for as long as closing would lose it. */
export const UNSAVED_TASK_WARNING = 'This task is not saved: keep the plugin open until it lands.';

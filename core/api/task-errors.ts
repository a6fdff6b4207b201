/**
 * How a followed task can end badly, as designer-facing errors. The HTTP
 * mapping lives in errors.ts; these are the task runner's own outcomes. The
 * sentences are the catalogue's (core/errors/).
 */
import { fileNotSent, fileUnsavable } from '../errors/history-files';
import { NOTES, notInsertedMessage } from '../errors/notes';
import { attemptsInterrupted, imageImplausible, insertPending } from '../errors/placing';
import { type DownloadFault, resultExpired, resultGaveUp, resultTooLarge } from '../errors/result-file';
import { cancelled, creationUnfollowable, taskFailed, taskIdUnusable, taskNotFound } from '../errors/task';
import { userError } from '../errors/user-error';
import type { UserError } from './errors';
import { serverMessage } from './server-message';

export function taskNotFoundError(): UserError {
  return { ...userError(taskNotFound), status: 404 };
}

export function taskFailedError(gatewayText?: string, apiKey?: string | null): UserError {
  return userError(taskFailed, gatewayText ? serverMessage(gatewayText, apiKey) : undefined);
}

/** A task id the gateway would not give (task-id.ts): never polled, since its URL would be another address. */
export function invalidTaskIdError(): UserError {
  return userError(taskIdUnusable);
}

/** The POST was accepted (2xx) but its answer cannot be followed: it may be running, and charged. */
export function creationUnfollowableError(why: 'no-id' | 'bad-id'): UserError {
  return userError(creationUnfollowable, why);
}

/** A definite answer (404/410, or the link's own expiry passed): the file is gone for good. */
export function resultExpiredError(): UserError {
  return userError(resultExpired);
}

/** A result file over `limitBytes`: refused before it is read or parsed; the gateway still holds it. */
export function resultTooLargeError(bytes: number, limitBytes: number): UserError {
  return userError(resultTooLarge, bytes, limitBytes);
}

/** The download kept meeting passing faults (`lastFault`, e.g. HTTP 503) until its window closed. */
export function resultGaveUpError(lastFault: DownloadFault, windowMs: number): UserError {
  return userError(resultGaveUp, lastFault, windowMs);
}

export function cancelledError(): UserError {
  return userError(cancelled);
}

/**
 * A paid result that could not be inserted (the pipeline rejected it, the
 * canvas refused it, or its attempts ran out) and whose file History holds:
 * the task ends, and the designer downloads the file or tries again.
 */
export function notInsertedError(reason: UserError): UserError {
  return { ...reason, action: 'check-history', message: notInsertedMessage(reason.message) };
}

/**
 * A paid result neither placed nor kept in History (storage failing, or the
 * plugin closing mid-insert): its task stays pending. The next open follows
 * it again and inserts it, or, once its attempts ran out (`givenUp`), only
 * keeps its file in History.
 */
export function insertPendingError(refused?: UserError, givenUp = false): UserError {
  return userError(insertPending, refused?.message, givenUp);
}

/** Attempts to insert a result kept stopping half-way (the plugin closed, or the page froze on it). */
export function interruptedAttemptsError(attempts: number): UserError {
  return userError(attemptsInterrupted, attempts);
}

/** An image whose header claims a size no real result has (zero, or beyond `maxSide`). */
export function implausibleImageError(width: number, height: number, maxSide: number): UserError {
  return userError(imageImplausible, width, height, maxSide);
}

/** Download file found the cached file damaged. */
export function fileUnsavableError(): UserError {
  return userError(fileUnsavable);
}

/** Download file asked the sandbox for the cached file and heard nothing back in time. */
export function fileNotSentError(): UserError {
  return userError(fileNotSent);
}

/** Shown on a task whose pending record could not be saved, for as long as closing would lose it. */
export const UNSAVED_TASK_WARNING = NOTES.unsavedTask;

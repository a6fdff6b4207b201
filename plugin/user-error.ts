/** Turning anything thrown in the sandbox into an error the UI can show. */
import { PluginError, isUserError, type UserError } from '../core/api/errors';

export function insertFailed(message: string): PluginError {
  return new PluginError({ code: 'insert-failed', action: 'retry', message });
}

/** A PluginError's own error; anything else becomes `fallback` with the cause's text appended. */
export function toUserError(error: unknown, fallback: string): UserError {
  if (error instanceof PluginError) return error.error;
  if (isUserError(error)) return error;
  const detail = error instanceof Error && error.message ? ` (${error.message.slice(0, 160)})` : '';
  return { code: 'insert-failed', action: 'retry', message: `${fallback}${detail}` };
}

/** Host refusals as PluginErrors, keeping errors the host adapter already made clear. */
export function asInsertFailed(error: unknown, what: string): PluginError {
  if (error instanceof PluginError) return error;
  return new PluginError(toUserError(error, `Could not ${what}.`));
}

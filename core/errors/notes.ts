/**
 * Sentences shown beside an error or a task, not errors themselves, and the
 * wrapper a result that could not be inserted reads through.
 */

/**
 * A paid result that could not be inserted and whose file History holds: the
 * reason it carries (its code too), then where the file is. Not an entry of
 * its own: it keeps the code of the failure it wraps.
 */
export function notInsertedMessage(reason: string): string {
  return `Could not be inserted. ${reason} Its file is kept in History: Download file, or Try inserting again (no new charge).`;
}

/** Sentences shown beside an error or a task, not errors themselves. */
export const NOTES = {
  /** A task whose pending record could not be saved, for as long as closing would lose it. */
  unsavedTask: 'This task is not saved: keep the plugin open until it lands.',
  /** Under a task stopped for want of a (valid) key: its record is kept. */
  resumesWithKey: 'This task carries on once a valid key is saved.',
  /** A task past its deadline without a reason of its own. */
  stalled: 'Taking longer than usual. Keep waiting, or stop following it (it may still be charged).',
} as const;

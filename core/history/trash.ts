/**
 * History's delete with undo: a deleted entry is only hidden (its id and when its window ends, in one stored
 * list) until HISTORY_UNDO_MS pass, or the plugin closes, or Undo restores it. Read as any stored value:
 * whatever does not check out is dropped.
 */

/** How long a deleted entry can be brought back; the UI offers Undo for as long. */
export const HISTORY_UNDO_MS = 8_000;

export interface Trashed {
  readonly entryId: string;
  /** When its undo window ends (ms since the epoch). */
  readonly until: number;
}

export function readTrash(value: unknown): Trashed[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (t): t is Trashed =>
      typeof t === 'object' &&
      t !== null &&
      typeof (t as Trashed).entryId === 'string' &&
      typeof (t as Trashed).until === 'number' &&
      Number.isFinite((t as Trashed).until),
  );
}

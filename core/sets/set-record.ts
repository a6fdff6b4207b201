/**
 * A set record's state changes, pure: the sandbox keeps the record
 * (core/sets/set-store.ts) and applies these; the UI reads the same record
 * for its progress line and per-icon list. An item only carries the fields
 * its state means (a waiting item has no task, error or node), so a retried
 * icon never shows the old failure.
 */
import { setItemInterrupted } from '../errors/sets';
import { userError } from '../errors/user-error';
import type { IconSetRecord, IconSetSpec, SetItem } from './types';
import { clockText } from '../clock-text';

/** The queue's key for one item (core/sets/queue.ts). */
export function itemKey(index: number, variant: number): string {
  return `${index}:${variant}`;
}

/** The item a queue key names, or undefined for anything else. */
export function parseItemKey(key: string): { index: number; variant: number } | undefined {
  const match = /^(\d{1,4}):(\d{1,2})$/.exec(key);
  return match ? { index: Number(match[1]), variant: Number(match[2]) } : undefined;
}

/** A new set: one waiting item per subject and variant, in list order (index, then variant 1…N). */
export function newSetRecord(spec: IconSetSpec, containerId: string | undefined, now: number): IconSetRecord {
  const items: SetItem[] = spec.subjects.flatMap((_, index) =>
    Array.from({ length: spec.variants }, (_, v) => ({ index, variant: v + 1, state: 'waiting' as const })),
  );
  return {
    spec,
    ...(containerId === undefined ? {} : { containerId }),
    items,
    createdAt: now,
    stopped: false,
  };
}

/** What may change on an item: its state, and the fields that state carries. */
export type ItemPatch = Pick<SetItem, 'state'> & Partial<Pick<SetItem, 'taskId' | 'nodeId' | 'error'>>;

/**
 * The record with one item changed; the same record when there is no such
 * item. Fields the new state does not carry are dropped: accepted keeps its
 * task id, landed its task and node, failed its task (when it had one) and
 * why.
 */
export function withItem(
  record: IconSetRecord,
  index: number,
  variant: number,
  patch: ItemPatch,
): IconSetRecord {
  const at = record.items.findIndex((item) => item.index === index && item.variant === variant);
  if (at === -1) return record;
  const items = [...record.items];
  items[at] = itemIn(items[at]!, patch);
  return { ...record, items };
}

function itemIn(item: SetItem, patch: ItemPatch): SetItem {
  const base = { index: item.index, variant: item.variant, state: patch.state };
  const taskId = patch.taskId ?? item.taskId;
  switch (patch.state) {
    case 'waiting':
    case 'sending':
      return base;
    case 'accepted':
      return taskId === undefined ? base : { ...base, taskId };
    case 'landed': {
      const nodeId = patch.nodeId ?? item.nodeId;
      return {
        ...base,
        ...(taskId === undefined ? {} : { taskId }),
        ...(nodeId === undefined ? {} : { nodeId }),
      };
    }
    case 'failed': {
      const error = patch.error ?? item.error;
      return {
        ...base,
        ...(taskId === undefined ? {} : { taskId }),
        ...(error === undefined ? {} : { error }),
      };
    }
  }
}

/**
 * The record as found when the plugin opens: an item still `sending` may
 * have been charged (its POST may have gone out before the plugin closed),
 * so it becomes failed with the ambiguous error and is never sent again by
 * itself. Waiting items are queued again and accepted ones resumed as
 * pending tasks, by the caller.
 */
export function resumeOnOpen(record: IconSetRecord): IconSetRecord {
  if (!record.items.some((item) => item.state === 'sending')) return record;
  const error = userError(setItemInterrupted);
  return {
    ...record,
    items: record.items.map((item) =>
      item.state === 'sending' ? { index: item.index, variant: item.variant, state: 'failed', error } : item,
    ),
  };
}

export interface SetProgress {
  /** Icons in the set: subjects × variants. */
  readonly total: number;
  readonly landed: number;
  readonly failed: number;
  /** Sending or accepted. */
  readonly inFlight: number;
  readonly waiting: number;
}

export function setProgress(record: IconSetRecord): SetProgress {
  const count = (...states: SetItem['state'][]) =>
    record.items.filter((item) => states.includes(item.state)).length;
  return {
    total: record.items.length,
    landed: count('landed'),
    failed: count('failed'),
    inFlight: count('sending', 'accepted'),
    waiting: count('waiting'),
  };
}

/**
 * Nothing more will happen by itself: the set was done (`doneAt`), or nothing
 * is waiting or in flight, or it was stopped and nothing is in flight (its
 * waiting items stay unsent).
 */
export function isSettled(record: IconSetRecord): boolean {
  if (record.doneAt !== undefined) return true;
  const { inFlight, waiting } = setProgress(record);
  return inFlight === 0 && (waiting === 0 || record.stopped);
}

/** Still sending: not done and not stopped (its waiting items are still to be sent, Stop set applies). */
export function isRunning(record: IconSetRecord): boolean {
  return record.doneAt === undefined && !record.stopped;
}

/**
 * The one line that stays in view while a set runs: "7 of 12 · 1 failed ·
 * 0:42", the time counted from the press to `now`, or to when it finished.
 * Without `now`, no clock: the words a live region speaks (a clock would be
 * announced every second).
 */
export function progressLine(record: IconSetRecord, now?: number): string {
  const { total, landed, failed } = setProgress(record);
  const end = record.doneAt ?? now;
  return [
    `${landed} of ${total}`,
    ...(failed > 0 ? [`${failed} failed`] : []),
    ...(record.stopped ? ['stopped'] : []),
    ...(end === undefined ? [] : [clockText(end - record.createdAt)]),
  ].join(' · ');
}

const icons = (n: number) => `${n} ${n === 1 ? 'icon' : 'icons'}`;

/**
 * The one notification when a set is done: "12 icons in 'Brand icons'", and
 * what did not land ("10 icons in 'Brand icons' · 2 failed").
 */
export function finishedNotice(record: IconSetRecord): string {
  const { landed, failed, waiting } = setProgress(record);
  return [
    `${icons(landed)} in '${record.spec.name}'`,
    ...(failed > 0 ? [`${failed} failed`] : []),
    ...(record.stopped && waiting > 0 ? [`${waiting} not sent (stopped)`] : []),
  ].join(' · ');
}

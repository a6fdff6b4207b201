import { describe, expect, it } from 'vitest';
import { userError } from '../../../core/errors/catalogue';
import {
  finishedNotice,
  isRunning,
  isSettled,
  itemKey,
  newSetRecord,
  parseItemKey,
  progressLine,
  resumeOnOpen,
  setProgress,
  withItem,
} from '../../../core/sets/set-record';
import type { IconSetRecord } from '../../../core/sets/types';
import { sampleSpec } from './fixtures';

const refused = userError('request-refused', 400, 'prompt too long');

/** Sets each listed item's state, as `index:variant`. */
function withStates(record: IconSetRecord, states: Record<string, IconSetRecord['items'][number]['state']>) {
  return Object.entries(states).reduce((r, [key, state]) => {
    const { index, variant } = parseItemKey(key)!;
    return withItem(r, index, variant, { state, taskId: `t${key}`, nodeId: `n${key}`, error: refused });
  }, record);
}

describe('set records', () => {
  it('a new set has one waiting item per subject and variant, in list order', () => {
    const record = newSetRecord(sampleSpec({ subjects: ['home', 'bell', 'mail'], variants: 2 }), 'c1', 1000);
    expect(record.items.map((i) => itemKey(i.index, i.variant))).toEqual([
      '0:1',
      '0:2',
      '1:1',
      '1:2',
      '2:1',
      '2:2',
    ]);
    expect(record.items.every((i) => i.state === 'waiting')).toBe(true);
    expect(record).toMatchObject({ containerId: 'c1', createdAt: 1000, stopped: false });
    expect(record.doneAt).toBeUndefined();
    expect('containerId' in newSetRecord(sampleSpec(), undefined, 0)).toBe(false);
  });

  it('item keys round-trip; anything else is no key', () => {
    expect(parseItemKey(itemKey(47, 4))).toEqual({ index: 47, variant: 4 });
    for (const bad of ['', '1', '1:', ':1', '-1:1', '1:1:1', 'a:b', '1:1 ']) {
      expect(parseItemKey(bad), bad).toBeUndefined();
    }
  });

  it('an item carries only the fields its state means', () => {
    let record = newSetRecord(sampleSpec(), 'c1', 0);
    record = withItem(record, 3, 1, { state: 'accepted', taskId: 't3', error: refused });
    expect(record.items[3]).toEqual({ index: 3, variant: 1, state: 'accepted', taskId: 't3' });
    record = withItem(record, 3, 1, { state: 'landed', nodeId: 'n3' });
    expect(record.items[3]).toEqual({ index: 3, variant: 1, state: 'landed', taskId: 't3', nodeId: 'n3' });
    record = withItem(record, 4, 1, { state: 'failed', error: refused });
    expect(record.items[4]).toEqual({ index: 4, variant: 1, state: 'failed', error: refused });
    // Retry: the old failure goes.
    record = withItem(record, 4, 1, { state: 'waiting' });
    expect(record.items[4]).toEqual({ index: 4, variant: 1, state: 'waiting' });
    // The others are untouched, and the input record too.
    expect(record.items.filter((i) => i.state === 'waiting')).toHaveLength(11);
  });

  it('changing an item that does not exist changes nothing', () => {
    const record = newSetRecord(sampleSpec(), 'c1', 0);
    expect(withItem(record, 12, 1, { state: 'sending' })).toBe(record);
    expect(withItem(record, 0, 2, { state: 'sending' })).toBe(record);
  });

  it('on reopen, an item found sending becomes failed (ambiguous): it may have been charged', () => {
    const record = withStates(newSetRecord(sampleSpec(), 'c1', 0), {
      '0:1': 'landed',
      '1:1': 'accepted',
      '2:1': 'sending',
      '3:1': 'failed',
    });
    const resumed = resumeOnOpen(record);
    expect(resumed.items[2]).toEqual({
      index: 2,
      variant: 1,
      state: 'failed',
      error: userError('set-item-interrupted'),
    });
    expect(resumed.items[2]!.error!.code).toBe('ambiguous');
    expect(resumed.items.filter((_, i) => i !== 2)).toEqual(record.items.filter((_, i) => i !== 2));
    // Nothing sending: the same record.
    expect(resumeOnOpen(resumed)).toBe(resumed);
  });

  it('counts progress and knows when nothing more will happen by itself', () => {
    let record = newSetRecord(sampleSpec({ subjects: ['a', 'b', 'c', 'd'] }), 'c1', 0);
    expect(setProgress(record)).toEqual({ total: 4, landed: 0, failed: 0, inFlight: 0, waiting: 4 });
    expect(isSettled(record)).toBe(false);
    record = withStates(record, { '0:1': 'landed', '1:1': 'sending', '2:1': 'accepted', '3:1': 'failed' });
    expect(setProgress(record)).toEqual({ total: 4, landed: 1, failed: 1, inFlight: 2, waiting: 0 });
    expect(isSettled(record)).toBe(false);
    record = withStates(record, { '1:1': 'landed', '2:1': 'failed' });
    expect(isSettled(record)).toBe(true);
  });

  it('a stopped set is settled once nothing is in flight, waiting items left unsent', () => {
    let record = withStates(newSetRecord(sampleSpec({ subjects: ['a', 'b', 'c'] }), 'c1', 0), {
      '0:1': 'accepted',
    });
    record = { ...record, stopped: true };
    expect(isSettled(record)).toBe(false);
    record = withStates(record, { '0:1': 'landed' });
    expect(isSettled(record)).toBe(true);
  });

  it('the progress line: landed of total, failures, time since the press (or until done)', () => {
    let record = newSetRecord(sampleSpec(), 'c1', 10_000);
    expect(progressLine(record, 10_000)).toBe('0 of 12 · 0:00');
    record = withStates(record, Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((i) => [`${i}:1`, 'landed'])));
    record = withStates(record, { '7:1': 'failed' });
    expect(progressLine(record, 52_400)).toBe('7 of 12 · 1 failed · 0:42');
    expect(progressLine(record, 10_000 + 754_000)).toBe('7 of 12 · 1 failed · 12:34');
    expect(progressLine(record, 10_000 + 3_723_000)).toBe('7 of 12 · 1 failed · 1:02:03');
    expect(progressLine({ ...record, stopped: true, doneAt: 70_000 }, 999_999)).toBe(
      '7 of 12 · 1 failed · stopped · 1:00',
    );
    const twice = newSetRecord(sampleSpec({ variants: 2 }), 'c1', 0);
    expect(progressLine(twice, 0)).toBe('0 of 24 · 0:00');
    // Without a time, the words a live region speaks: no clock.
    expect(progressLine(record)).toBe('7 of 12 · 1 failed');
  });

  it('a set marked done is settled and no longer running, whatever its items say', () => {
    const record = newSetRecord(sampleSpec(), 'c1', 0);
    expect([isSettled(record), isRunning(record)]).toEqual([false, true]);
    expect([isSettled({ ...record, doneAt: 5 }), isRunning({ ...record, doneAt: 5 })]).toEqual([true, false]);
    expect(isRunning({ ...record, stopped: true })).toBe(false);
  });

  it('the one notification when done: icons landed in the set, and what did not', () => {
    let record = newSetRecord(sampleSpec(), 'c1', 0);
    const all = Object.fromEntries(record.items.map((i) => [itemKey(i.index, i.variant), 'landed' as const]));
    expect(finishedNotice(withStates(record, all))).toBe("12 icons in 'Brand icons'");
    record = withStates(record, { ...all, '3:1': 'failed', '9:1': 'failed' });
    expect(finishedNotice(record)).toBe("10 icons in 'Brand icons' · 2 failed");
    const stopped = withStates(newSetRecord(sampleSpec({ subjects: ['a', 'b', 'c'] }), 'c1', 0), {
      '0:1': 'landed',
    });
    expect(finishedNotice({ ...stopped, stopped: true })).toBe(
      "1 icon in 'Brand icons' · 2 not sent (stopped)",
    );
  });
});

/**
 * Penpot: the UI's runner never forgets a task whose result the sandbox
 * could neither place nor keep ('cancel-task' would delete its record): the
 * next open resumes it from init.pending.
 */
import { describe, expect, it } from 'vitest';
import {
  insertPendingError,
  interruptedAttemptsError,
  notInsertedError,
} from '../../../core/api/task-errors';
import type { UiMessage } from '../../../core/protocol/messages';
import { setup, task } from './local-fixtures';

const PENDING = insertPendingError({ code: 'insert-failed', action: 'retry', message: 'Penpot is gone.' });

describe('local task service (Penpot): a delivery left pending', () => {
  it('keeps the record in the sandbox, shows why, and hands the result over again on resume', async () => {
    const s = setup();
    const scripted = s.transport.sandbox;
    let refuse = true;
    s.transport.sandbox = (message: UiMessage) => {
      if (message.type !== 'insert-result' || !refuse) return scripted(message);
      queueMicrotask(() =>
        s.transport.deliver({
          type: 'insert-failed',
          requestId: message.requestId,
          taskId: message.task.taskId,
          error: PENDING,
        }),
      );
    };
    await s.service.track(task('t1'));
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'failed');
    expect(s.views()[0]!.error).toEqual(PENDING);
    expect(s.transport.sentOf('cancel-task')).toEqual([]);
    expect(s.stored.has('t1')).toBe(true);

    refuse = false;
    s.service.resume();
    await s.clock.runUntilAsync(() => s.phaseOf('t1') === 'done');
    expect(s.transport.sentOf('insert-result')).toHaveLength(2);
    expect(s.transport.sentOf('cancel-task')).toEqual([]);
    expect(s.stored.has('t1')).toBe(false);
  });
});

describe('local task service (Penpot): the attempt limit', () => {
  it('a record whose attempts ran out is handed over to be kept, never shown as placing', async () => {
    const givenUp = { ...task('g1'), deliveryAttempts: 2 };
    const s = setup({ pending: [givenUp] });
    const scripted = s.transport.sandbox;
    // The sandbox (its own record says 2) keeps the raw file in History and settles the record.
    s.transport.sandbox = (message: UiMessage) => {
      if (message.type !== 'insert-result') return scripted(message);
      s.stored.delete(message.task.taskId);
      const error = notInsertedError(interruptedAttemptsError(2));
      queueMicrotask(() =>
        s.transport.deliver({
          type: 'insert-failed',
          requestId: message.requestId,
          taskId: message.task.taskId,
          error,
        }),
      );
    };
    const seen: string[] = [];
    s.service.subscribe((views) => seen.push(...views.map((v) => v.phase)));
    await s.clock.runUntilAsync(() => s.phaseOf('g1') === 'failed');
    expect(s.views()[0]!.error!.message).toMatch(
      /^Could not be inserted\. Inserting it was interrupted 2 times/,
    );
    expect(seen).toContain('fetching');
    expect(seen).not.toContain('inserting');
    expect(s.transport.sentOf('cancel-task')).toEqual([]);

    // Settled in the sandbox: a later resume (a key saved again) does not hand it over again.
    s.service.resume();
    // Runs every timer there is: nothing is followed, so it soon has nothing left to run.
    await expect(s.clock.runUntilAsync(() => false)).rejects.toThrow('nothing left to run');
    expect(s.transport.sentOf('insert-result')).toHaveLength(1);
  });
});

/**
 * Penpot: the UI's runner never forgets a task whose result the sandbox
 * could neither place nor keep ('cancel-task' would delete its record): the
 * next open resumes it from init.pending.
 */
import { describe, expect, it } from 'vitest';
import { insertPendingError } from '../../../core/api/task-errors';
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
        s.transport.deliver({ type: 'insert-failed', taskId: message.task.taskId, error: PENDING }),
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

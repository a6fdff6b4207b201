import { describe, expect, it } from 'vitest';
import { errorFromResponse, type UserError } from '../../../core/api/errors';
import { userError } from '../../../core/errors/catalogue';
import { ERROR_CODES } from '../../../core/errors/user-error';
import { EMPTY_SELECTION, type SelectionInfo } from '../../../core/protocol/messages';
import type { TaskView } from '../../../core/tasks/types';
import { errorText } from '../../../ui/state/error-text';
import { canFillSelection, insertTargetFor } from '../../../core/tasks/insert-target';
import { placementHint } from '../../../ui/state/target';
import { canStop, elapsedSeconds, elapsedText, phaseText, progressOf } from '../../../ui/state/task-text';
import { request } from './fakes';

const frame: SelectionInfo = { count: 1, nodeId: '1:2', name: 'Frame 1', canContain: true, canFill: true };
const rect: SelectionInfo = { count: 1, nodeId: '1:3', name: 'Rect', canContain: false, canFill: true };

describe('insert target', () => {
  it('goes to the viewport centre without a usable selection', () => {
    expect(insertTargetFor(EMPTY_SELECTION, 'vector', false)).toEqual({ kind: 'viewport' });
    expect(insertTargetFor({ ...frame, count: 2 }, 'vector', false)).toEqual({ kind: 'viewport' });
    expect(placementHint({ kind: 'viewport' }, EMPTY_SELECTION)).toBe('At the centre of the view');
  });

  it('goes inside a selected frame', () => {
    const target = insertTargetFor(frame, 'vector', true);
    expect(target).toEqual({ kind: 'inside', nodeId: '1:2' });
    expect(placementHint(target, frame)).toBe('Into "Frame 1"');
  });

  it('fills a selected shape only for raster output and when asked', () => {
    expect(canFillSelection(rect, 'raster')).toBe(true);
    expect(canFillSelection(rect, 'vector')).toBe(false);
    expect(insertTargetFor(rect, 'raster', true)).toEqual({ kind: 'fill', nodeId: '1:3' });
    expect(insertTargetFor(rect, 'raster', false)).toEqual({ kind: 'viewport' });
    expect(insertTargetFor(rect, 'vector', true)).toEqual({ kind: 'viewport' });
    expect(insertTargetFor(frame, 'raster', true)).toEqual({ kind: 'fill', nodeId: '1:2' });
    expect(placementHint({ kind: 'fill', nodeId: '1:3' }, rect)).toBe('Fills "Rect"');
  });
});

function view(overrides: Partial<TaskView> = {}): TaskView {
  return {
    taskId: 't',
    request: request(),
    phase: 'running',
    createdAt: 10_000,
    updatedAt: 10_000,
    polls: 0,
    ...overrides,
  };
}

describe('task text', () => {
  it('names every phase as the labels contract says', () => {
    const phases = [
      'submitting',
      'queued',
      'running',
      'stalled',
      'fetching',
      'inserting',
      'done',
      'failed',
      'cancelled',
    ] as const;
    expect(phases.map(phaseText)).toEqual([
      'Sending…',
      'Queued',
      'Generating…',
      'Still running',
      'Downloading…',
      'Placing…',
      'Done',
      'Failed',
      'Stopped',
    ]);
  });

  it('ticks elapsed seconds while running and freezes them once finished', () => {
    expect(elapsedSeconds(view(), 22_900)).toBe(12);
    expect(elapsedSeconds(view({ phase: 'done', updatedAt: 15_000 }), 99_000)).toBe(5);
    expect(elapsedText(12)).toBe('12 s');
    expect(elapsedText(125)).toBe('2 min 05 s');
  });

  it('estimates progress from the model’s typical time without reaching the end early', () => {
    const early = progressOf(view(), 10_000 + 5_000)!;
    const late = progressOf(view(), 10_000 + 600_000)!;
    expect(early).toBeGreaterThan(0);
    expect(late).toBeGreaterThan(early);
    expect(late).toBeLessThan(0.91);
    expect(progressOf(view({ phase: 'queued' }), 20_000)).toBeUndefined();
    expect(progressOf(view({ phase: 'done' }), 20_000)).toBe(1);
  });

  it('offers Stop only while the gateway is working', () => {
    expect(['queued', 'running', 'stalled', 'fetching'].every((p) => canStop(p as TaskView['phase']))).toBe(
      true,
    );
    expect(
      ['submitting', 'inserting', 'done', 'failed', 'cancelled'].some((p) => canStop(p as TaskView['phase'])),
    ).toBe(false);
  });
});

describe('error text', () => {
  it("shows the catalogue's sentence as it is, whatever the code: never rewritten", () => {
    for (const code of ERROR_CODES) {
      const error: UserError = { code, action: 'none', message: `The sentence for ${code}.` };
      expect(errorText(error)).toBe(error.message);
    }
    expect(errorText(errorFromResponse(429, '', '8'))).toBe(
      'The gateway is busy (too many requests). Wait 8 s and try again.',
    );
    expect(errorText(userError('ambiguous'))).toMatch(/may have been charged, so it was not resent/);
    expect(errorText(errorFromResponse(400, '{"message":"prompt too long"}'))).toBe(
      'The gateway refused the request: prompt too long',
    );
  });

  it('reads an error without a sentence (a sandbox of another version) as unexpected, not as nothing', () => {
    const bare = { code: 'server', action: 'retry' } as unknown as UserError;
    expect(errorText(bare)).toBe(userError('unexpected', 'plugin').message);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import type { TaskView } from '../../../core/tasks/types';
import { submitShortcut } from '../../../ui/state/shortcut';
import { creditsOf, historyNotInActivity, runLine, runSummary } from '../../../ui/state/activity';
import { formFromSettings } from '../../../ui/state/form';
import { vectorSummary } from '../../../ui/state/vector-summary';
import { request } from './fakes';

function view(taskId: string, overrides: Partial<TaskView> = {}): TaskView {
  return {
    taskId,
    request: request(),
    phase: 'running',
    createdAt: 10_000,
    updatedAt: 10_000,
    polls: 0,
    ...overrides,
  };
}

describe("the footer's status line", () => {
  it('says nothing runs when every task is finished', () => {
    expect(runSummary([view('a', { phase: 'done' }), view('b', { phase: 'failed' })])).toBeUndefined();
  });

  it('counts the run from its first running task: finished ones before it are not in it', () => {
    const views = [
      view('old', { phase: 'done', createdAt: 1_000 }),
      view('a', { phase: 'done', createdAt: 10_000 }),
      view('b', { phase: 'failed', createdAt: 10_000 }),
      view('c', { createdAt: 10_000 }),
    ];
    const run = runSummary(views)!;
    expect(run).toEqual({ running: 1, finished: 2, failed: 1, total: 3, since: 10_000 });
    // Shown with its clock; spoken without it (a clock would be announced every second).
    expect(runLine(run, 22_500)).toBe('Generating 2 of 3 · 1 failed · 0:12');
    expect(runLine(run)).toBe('Generating 2 of 3 · 1 failed');
  });
});

describe('credits spent in this session', () => {
  it('counts each accepted task once, from the open on, and keeps counting a dismissed one', () => {
    const counted = new Map<string, number>();
    const vector = request({ model: 'recraft-v4-text-to-vector' });
    const views = [
      view('before', { createdAt: 500, request: vector }),
      view('local-1', { phase: 'failed', request: vector }),
      view('sending', { phase: 'submitting', request: vector }),
      view('t1', { request: vector }),
      view('t2', { phase: 'done', request: request({ model: 'recraft-v4-pro-text-to-image' }) }),
    ];
    expect(creditsOf(views, 1_000, counted)).toBe(20 + 60);
    expect(creditsOf(views.slice(0, 3), 1_000, counted)).toBe(80);
  });
});

describe('each result listed once', () => {
  it('leaves out of History the results Activity still shows as done', () => {
    const history = [{ taskId: 'done' }, { taskId: 'failed' }, { taskId: 'cleared' }];
    const views = [view('done', { phase: 'done' }), view('failed', { phase: 'failed' })];
    expect(historyNotInActivity(history, views)).toEqual([{ taskId: 'failed' }, { taskId: 'cleared' }]);
  });
});

describe('the vector options summary', () => {
  it('says size, background and colours in one line', () => {
    const form = formFromSettings(DEFAULT_SETTINGS, []);
    expect(vectorSummary({ ...form, iconSize: '24', removeBackground: true, recolor: 'mono' })).toBe(
      '24 px · no background · 1 colour',
    );
    expect(
      vectorSummary({
        ...form,
        iconSize: '',
        removeBackground: false,
        recolor: 'palette',
        paletteText: '#fff, #000',
      }),
    ).toBe('canvas size · background kept · 2 colours');
    expect(vectorSummary({ ...form, recolor: 'none' })).toMatch(/model's colours$/);
  });
});

describe('the Generate shortcut', () => {
  it('is Cmd+Enter on a Mac and Ctrl+Enter elsewhere', () => {
    expect(submitShortcut('MacIntel')).toEqual({ keys: 'Meta+Enter', shown: '⌘↵' });
    expect(submitShortcut('Win32')).toEqual({ keys: 'Control+Enter', shown: 'Ctrl+↵' });
  });
});

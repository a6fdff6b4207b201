import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../../../core/bytes/base64';
import { decodeUtf8 } from '../../../core/bytes/utf8';
import type { HistoryEntry } from '../../../core/history/types';
import type { TaskView } from '../../../core/tasks/types';
import { mergeViews } from '../../../ui/state/merge-views';
import { applyTheme, themeFromClass } from '../../../ui/state/theme';
import { thumbnailSrc, thumbnailsToRequest } from '../../../ui/state/thumbnails';
import { request } from './fakes';

describe('thumbnails', () => {
  it('draws SVG only as a base64 data: image, text intact', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>café ✓</text></svg>';
    const src = thumbnailSrc({ entryId: 'e', kind: 'svg', data: svg, mime: 'image/svg+xml' })!;
    expect(src.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(decodeUtf8(fromBase64(src.slice('data:image/svg+xml;base64,'.length)))).toBe(svg);
  });

  it('accepts raster thumbnails of known image types with base64 data only', () => {
    expect(thumbnailSrc({ entryId: 'e', kind: 'image', data: 'iVBORw0KGgo=', mime: 'image/png' })).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    );
    expect(thumbnailSrc({ entryId: 'e', kind: 'image', data: 'AAAA', mime: 'text/html' })).toBeUndefined();
    expect(
      thumbnailSrc({ entryId: 'e', kind: 'image', data: '"><script>', mime: 'image/png' }),
    ).toBeUndefined();
  });

  it('asks only for cached entries not yet known or requested', () => {
    const entry = (id: string, cached = true) => ({ id, cached }) as HistoryEntry;
    const shown = [entry('a'), entry('b'), entry('c', false), entry('d')];
    expect(thumbnailsToRequest(shown, { a: {} }, new Set(['d']))).toEqual(['b']);
  });
});

describe('theme', () => {
  it('reads Figma’s class on <html> and sets data-theme', () => {
    expect(themeFromClass('figma-dark')).toBe('dark');
    expect(themeFromClass('foo figma-light')).toBe('light');
    expect(themeFromClass('')).toBeUndefined();
    const attributes: Record<string, string> = {};
    applyTheme({ setAttribute: (name, value) => void (attributes[name] = value) }, 'dark');
    expect(attributes).toEqual({ 'data-theme': 'dark' });
  });
});

describe('merged task list', () => {
  const view = (taskId: string, createdAt: number, phase: TaskView['phase'] = 'queued'): TaskView => ({
    taskId,
    request: request(),
    phase,
    createdAt,
    updatedAt: createdAt,
    polls: 0,
  });

  it('shows placeholders until the service shows their task, oldest first', () => {
    const placeholders = [
      view('local-1', 5, 'submitting'),
      view('t-2', 3, 'queued'),
      view('local-3', 1, 'failed'),
    ];
    const merged = mergeViews(placeholders, [view('t-2', 4), view('t-9', 2)]);
    expect(merged.map((v) => v.taskId)).toEqual(['local-3', 't-9', 't-2', 'local-1']);
    expect(merged.find((v) => v.taskId === 't-2')!.createdAt).toBe(4);
  });
});

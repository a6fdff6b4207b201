import { describe, expect, it } from 'vitest';
import { hasResult } from '../../../core/tasks/snapshot-result';

describe('hasResult', () => {
  it('is a file URL or the drawing itself', () => {
    expect(hasResult({ urls: ['https://cdn.example/a.png'] })).toBe(true);
    expect(hasResult({ urls: [], svg: '<svg/>' })).toBe(true);
    expect(hasResult({ urls: ['https://cdn.example/a.svg'], svg: '<svg/>' })).toBe(true);
  });

  it('is neither an empty list nor an absent drawing', () => {
    expect(hasResult({ urls: [] })).toBe(false);
    expect(hasResult({ urls: [], svg: undefined })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { userError } from '../../../core/errors/catalogue';
import { MAX_SUBJECT_CHARS, parseSubjects } from '../../../core/sets/subjects';
import { TWELVE } from './fixtures';

describe('parseSubjects', () => {
  it('reads one subject per line, trimmed, blank lines ignored', () => {
    const parsed = parseSubjects('  home \n\n search\r\n\t\nuser\r');
    expect(parsed).toEqual({ subjects: ['home', 'search', 'user'], duplicates: [] });
  });

  it('splits a pasted comma-separated list too, and mixes with lines', () => {
    expect(parseSubjects(TWELVE.join(', ')).subjects).toEqual(TWELVE);
    expect(parseSubjects('home, search,,\nuser ,bell,').subjects).toEqual(['home', 'search', 'user', 'bell']);
  });

  it('keeps subjects as typed: case and inner spaces', () => {
    expect(parseSubjects('Shopping  Cart\nWi-Fi').subjects).toEqual(['Shopping  Cart', 'Wi-Fi']);
  });

  it('keeps a repeat once (any case) and says where each repeat is', () => {
    const parsed = parseSubjects('home\nsearch, HOME\n\nuser\nSearch\nhome');
    expect(parsed.subjects).toEqual(['home', 'search', 'user']);
    expect(parsed.duplicates).toEqual([
      { subject: 'HOME', line: 2, position: 3, firstLine: 1 },
      { subject: 'Search', line: 5, position: 5, firstLine: 2 },
      { subject: 'home', line: 6, position: 6, firstLine: 1 },
    ]);
    expect(parsed.error).toBeUndefined();
  });

  it('needs at least one subject', () => {
    for (const empty of ['', '   ', '\n\n', ', ,\n,']) {
      expect(parseSubjects(empty).error, JSON.stringify(empty)).toEqual(userError('set-no-subjects'));
    }
  });

  it('takes up to 48 different subjects, duplicates not counted', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `icon ${i}`);
    expect(parseSubjects(names(48).join('\n')).error).toBeUndefined();
    expect(parseSubjects([...names(48), 'ICON 3', 'icon 7'].join('\n')).error).toBeUndefined();
    const tooMany = parseSubjects(names(49).join('\n'));
    expect(tooMany.error).toEqual(userError('set-too-many-subjects', 49, 48));
    expect(tooMany.subjects).toHaveLength(49);
  });

  it('refuses a subject longer than a subject should be, naming its line', () => {
    const long = 'x'.repeat(MAX_SUBJECT_CHARS + 1);
    expect(parseSubjects(`home\n\n${long}`).error).toEqual(
      userError('set-subject-too-long', 3, MAX_SUBJECT_CHARS),
    );
    expect(parseSubjects('y'.repeat(MAX_SUBJECT_CHARS)).error).toBeUndefined();
  });
});

/**
 * The Icons text area, read: one subject per line, or a pasted
 * comma-separated list; each trimmed, blank entries ignored. A subject typed
 * twice (in any case) is kept once, where it first appears, and each repeat
 * is reported so the form can point at it. The subjects are kept as typed:
 * names are lower-cased later (core/sets/names.ts), prompts use them as
 * they are.
 *
 * @example
 * parseSubjects('home\nsearch, user\nHome').subjects;   // ['home', 'search', 'user']
 * parseSubjects('home\nsearch, user\nHome').duplicates; // [{ subject: 'Home', line: 3, position: 4, firstLine: 1 }]
 */
import type { UserError } from '../api/errors';
import { setNoSubjects, setSubjectTooLong, setTooManySubjects } from '../errors/sets';
import { userError } from '../errors/user-error';
import { MAX_SET_SUBJECTS } from './types';

/** Longer is not a subject but a prompt: the shared words belong in Style. */
export const MAX_SUBJECT_CHARS = 100;

/** A subject typed again, kept once (at `firstLine`). */
export interface SubjectDuplicate {
  /** As typed at the repeat. */
  readonly subject: string;
  /** 1-based line of the text area the repeat is on. */
  readonly line: number;
  /** 1-based place of the repeat among every subject typed (a comma list puts several on a line). */
  readonly position: number;
  /** The line of the subject kept. */
  readonly firstLine: number;
}

export interface ParsedSubjects {
  /** Unique, in the order typed. */
  readonly subjects: readonly string[];
  readonly duplicates: readonly SubjectDuplicate[];
  /** Why the list cannot make a set (none, too many, one too long); absent when it can. */
  readonly error?: UserError;
}

export function parseSubjects(text: string): ParsedSubjects {
  const subjects: string[] = [];
  const duplicates: SubjectDuplicate[] = [];
  const firstLineOf = new Map<string, number>();
  let position = 0;
  let tooLongLine: number | undefined;
  text.split(/\r\n|\r|\n/).forEach((lineText, at) => {
    const line = at + 1;
    for (const entry of lineText.split(',')) {
      const subject = entry.trim();
      if (subject === '') continue;
      position++;
      const folded = subject.toLowerCase();
      const firstLine = firstLineOf.get(folded);
      if (firstLine !== undefined) {
        duplicates.push({ subject, line, position, firstLine });
        continue;
      }
      firstLineOf.set(folded, line);
      subjects.push(subject);
      if (subject.length > MAX_SUBJECT_CHARS && tooLongLine === undefined) tooLongLine = line;
    }
  });
  const error =
    subjects.length === 0
      ? userError(setNoSubjects)
      : subjects.length > MAX_SET_SUBJECTS
        ? userError(setTooManySubjects, subjects.length, MAX_SET_SUBJECTS)
        : tooLongLine !== undefined
          ? userError(setSubjectTooLong, tooLongLine, MAX_SUBJECT_CHARS)
          : undefined;
  return error ? { subjects, duplicates, error } : { subjects, duplicates };
}

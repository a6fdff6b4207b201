/**
 * The gateway's concurrency limit, as a rate-limited account meets it: a key
 * with `max` tasks still unfinished gets 429 for the next creation, with a
 * Retry-After (whole seconds, at least 1) saying when its earliest task
 * ends. Nothing is created or charged; the request log keeps the 429.
 */
import { errorAnswer, type Answer } from './http-util';
import type { TaskBook } from './tasks';

/** What a limit must be, wherever it is set (admin route, environment, tests). */
export const MAX_CONCURRENT_RULE = 'must be a whole number >= 1, or null for no limit';

export function isConcurrencyLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** The 429 for a key at its limit, or undefined when it may create one more task (or no limit is set). */
export function concurrencyRefusal(
  tasks: TaskBook,
  key: string,
  now: number,
  max: number | undefined,
): Answer | undefined {
  if (max === undefined) return undefined;
  const unfinished = tasks.unfinished(key, now);
  if (unfinished.length < max) return undefined;
  const firstEnd = Math.min(...unfinished.map((task) => task.finishAt));
  const seconds = Math.max(1, Math.ceil((firstEnd - now) / 1000));
  return errorAnswer(429, `Too many tasks in progress: at most ${max} at once for this key`, {
    'Retry-After': String(seconds),
  });
}

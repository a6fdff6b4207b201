/** History's files: gone from the cache, damaged, or not sent to the plugin window in time. */
import type { Entry } from './user-error';

export const cacheGone = {
  code: 'result-expired',
  action: 'none',
  message: 'This result is no longer cached. Generate it again to insert it.',
} satisfies Entry;

export const fileUnsavable = {
  code: 'result-unreadable',
  action: 'none',
  message: 'This file could not be saved: its copy in History is damaged.',
} satisfies Entry;

export const fileNotSent = {
  code: 'result-unreadable',
  action: 'retry',
  message: 'The file did not arrive from the plugin in time. Try Download file again.',
} satisfies Entry;

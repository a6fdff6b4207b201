/** The API key: none saved, refused, or out of credits. */
import type { Entry } from './user-error';

export const noKey = {
  code: 'no-key',
  action: 'reenter-key',
  message: 'No API key is saved: enter your key above.',
} satisfies Entry;

export const invalidKey = {
  code: 'invalid-key',
  action: 'reenter-key',
  message: 'The API key was refused. Check it and save it again (API in One keys start with "aio_").',
} satisfies Entry;

export const noCredits = {
  code: 'no-credits',
  action: 'top-up',
  message: 'Your API in One balance has run out of credits. Top up at apiin.one, then try again.',
} satisfies Entry;

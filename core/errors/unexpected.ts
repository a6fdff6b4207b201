/** Anything we did not foresee, saying where it happened and what the designer can do. */
import type { Entry } from './user-error';

/** Where an unexpected failure happened, and what the designer can do about it. */
const UNEXPECTED_CONTEXTS = {
  plugin: { during: 'in the plugin', next: 'If it keeps happening, close and reopen the plugin.' },
  'saving-settings': { during: 'while saving your settings', next: 'They may not be kept: try again.' },
  'saving-key': { during: 'while saving your API key', next: 'Try saving it again.' },
  'forgetting-key': {
    during: 'while forgetting your API key',
    next: 'It may still be saved: try Forget key again.',
  },
  history: { during: 'while working on History', next: 'Try again.' },
  // Wrapped by the insertion path, which says what became of the result (kept in History, or pending).
  placing: { during: 'while placing the result on the canvas', next: '' },
  'reading-result': { during: 'while reading the result', next: 'Try generating again.' },
  tracking: {
    during: 'while handing the accepted task to the plugin',
    next: 'It may still be charged: check your gateway dashboard.',
  },
} as const;

export type UnexpectedContext = keyof typeof UNEXPECTED_CONTEXTS;

export const unexpected = {
  code: 'unexpected',
  action: 'retry',
  /** `cause`: the failure's own text, redacted and cut (asUserError). */
  message: (context: UnexpectedContext, cause?: string) => {
    const { during, next } = UNEXPECTED_CONTEXTS[context] ?? UNEXPECTED_CONTEXTS.plugin;
    return `Something unexpected went wrong ${during}${cause ? ` (${cause})` : ''}.${next ? ` ${next}` : ''}`;
  },
} satisfies Entry;

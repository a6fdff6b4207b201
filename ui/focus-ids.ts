/** Controls focus is sent to by id (at open, after Save key, Dismiss, Stop), named once here. */
export const FOCUS = {
  prompt: 'prompt-control',
  key: 'api-key-control',
  changeKey: 'change-key',
  generate: 'generate',
  activityTab: 'view-tab-activity',
  historyTab: 'view-tab-history',
} as const;

/** The performance mark set once the field focused at open is focused (bench/open.ts reads it). */
export const OPEN_MARK = 'recraft-focusable';

/** The marks before it: the window's script running, and init from the sandbox handled. */
export const OPEN_MARKS = { script: 'recraft-script', init: 'recraft-init' } as const;

/** Controls focus is sent to by id (at open, after Save key, Dismiss, Stop), named once here. */
export const FOCUS = {
  prompt: 'prompt-control',
  key: 'api-key-control',
  changeKey: 'change-key',
  generate: 'generate',
  activityTab: 'view-tab-activity',
  historyTab: 'view-tab-history',
} as const;

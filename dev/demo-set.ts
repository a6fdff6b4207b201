/**
 * The brand icon set the issue was written around: the playground's demo
 * (demo=icon-set), the mock's hand-drawn glyphs, the bench and the tests all
 * use these twelve subjects, in this order.
 */
export const DEMO_SET_SUBJECTS: readonly string[] = [
  'home',
  'search',
  'user',
  'settings',
  'bell',
  'heart',
  'cart',
  'mail',
  'calendar',
  'camera',
  'lock',
  'trash',
];

/**
 * What the playground gives the plugin's settings when it has none: the API
 * base, and with `demo=icon-set` in the URL (what `npm start` prints) the
 * issue's twelve-icon brand set in the Icon set form, so the main job runs
 * with one press once the demo key is in. Only the playground does this: the
 * plugin itself starts with an empty form.
 */
import { DEMO_SET_SUBJECTS } from '../demo-set';
import type { PlaygroundParams } from './params';

const DEMO_ICON_SET = {
  icons: DEMO_SET_SUBJECTS.join('\n'),
  style: 'outline, rounded corners, 2 px stroke, minimal, no fill',
  name: 'Brand icons',
};

/** The settings JSON seeded into a fresh user's storage (the plugin reads it field by field). */
export function seedSettingsFor(params: PlaygroundParams): Record<string, unknown> {
  return { apiBase: params.api, ...(params.demo === 'icon-set' ? { set: DEMO_ICON_SET } : {}) };
}

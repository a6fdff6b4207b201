import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../plugin/read-settings';
import { seedSettingsFor } from '../../../dev/playground/demo-seed';
import { readParams } from '../../../dev/playground/params';
import { parseSubjects } from '../../../core/sets/subjects';

describe('the playground demo seed', () => {
  it('gives a fresh user only the API base unless the URL asks for the demo set', () => {
    const params = readParams('?api=http://127.0.0.1:9/api/v1');
    expect(seedSettingsFor(params)).toEqual({ apiBase: 'http://127.0.0.1:9/api/v1' });
  });

  it('with demo=icon-set the plugin reads the twelve-icon brand set into its Icon set form', () => {
    const settings = readSettings(seedSettingsFor(readParams('?demo=icon-set')));
    expect(parseSubjects(settings.set.icons).subjects).toEqual([
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
    ]);
    expect(settings.set.style).toContain('outline');
    expect(settings.set.name).toBe('Brand icons');
  });
});

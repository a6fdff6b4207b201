import { describe, expect, it } from 'vitest';
import { seedSettingsFor } from '../../../dev/playground/demo-seed';
import { readParams } from '../../../dev/playground/params';
import { parseSubjects } from '../../../core/sets/subjects';
import { DEMO_SET_SUBJECTS } from '../../../dev/demo-set';

describe('the playground demo seed', () => {
  it('gives a fresh user only the API base unless the URL asks for the demo set', () => {
    const params = readParams('?api=http://127.0.0.1:9/api/v1');
    expect(seedSettingsFor(params)).toEqual({ apiBase: 'http://127.0.0.1:9/api/v1' });
  });

  it('with demo=icon-set the Icon set form starts with the twelve-icon brand set', () => {
    // The plugin reads each field of `set` on its own (plugin/read-settings.ts, tested there).
    const seed = seedSettingsFor(readParams('?demo=icon-set')) as {
      set: { icons: string; style: string; name: string };
    };
    expect(parseSubjects(seed.set.icons).subjects).toEqual(DEMO_SET_SUBJECTS);
    expect(seed.set.style).toContain('outline');
    expect(seed.set.name).toBe('Brand icons');
  });
});

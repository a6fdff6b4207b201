import { describe, expect, it } from 'vitest';
import { isSettings } from '../../../core/protocol/value-checks';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { readSettings } from '../../../plugin/read-settings';

describe('the set form in the settings', () => {
  it('reads settings saved before icon sets: the set form at its defaults', () => {
    const settings = readSettings({ apiBase: 'https://apiin.one/api/v1', model: 'imagen-4', batch: 2 });
    expect(settings.set).toEqual(DEFAULT_SETTINGS.set);
    expect(settings.set).toMatchObject({ template: '{subject} icon, {style}', iconSize: 24, prefix: 'icon' });
    expect(isSettings(settings)).toBe(true);
  });

  it('keeps each valid field of the set form and replaces each invalid one on its own', () => {
    const settings = readSettings({
      set: {
        icons: 'home\nsearch',
        style: 'outline',
        template: '{subject}, {style}',
        model: 'recraft-v4-pro-text-to-vector',
        iconSize: 25,
        padding: 3,
        colourMode: 'rainbow',
        mono: '#ABC',
        bindId: 'VariableID:1:2',
        variants: 9,
        prefix: 'brand',
        name: 'Brand icons',
        confirmCredits: -1,
      },
    });
    expect(settings.set).toEqual({
      icons: 'home\nsearch',
      style: 'outline',
      template: '{subject}, {style}',
      model: 'recraft-v4-pro-text-to-vector',
      iconSize: 24,
      padding: 3,
      colourMode: 'keep',
      mono: '#aabbcc',
      bindId: 'VariableID:1:2',
      variants: DEFAULT_SETTINGS.set.variants,
      prefix: 'brand',
      name: 'Brand icons',
      confirmCredits: DEFAULT_SETTINGS.set.confirmCredits,
    });
  });

  it('drops a padding that does not fit the icon size, so it follows the size again', () => {
    expect(readSettings({ set: { iconSize: 16, padding: 8 } }).set).not.toHaveProperty('padding');
    expect(readSettings({ set: { iconSize: 16, padding: 7.5 } }).set.padding).toBe(7.5);
  });

  it('the message guard refuses settings without the set form', () => {
    const { set: _set, ...withoutSet } = DEFAULT_SETTINGS;
    expect(isSettings(withoutSet)).toBe(false);
    expect(isSettings({ ...DEFAULT_SETTINGS, set: { ...DEFAULT_SETTINGS.set, bindId: 3 } })).toBe(false);
  });
});

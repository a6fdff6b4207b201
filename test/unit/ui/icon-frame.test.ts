import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { formFromSettings, formReducer, settingsFromForm, vectorOptionsOf } from '../../../ui/state/form';
import { formProblem } from '../../../ui/state/form-check';

const base = formReducer(formFromSettings(DEFAULT_SETTINGS, []), { type: 'prompt', prompt: 'a shield icon' });
const framed = (size: string, padding: string) =>
  formReducer(formReducer(base, { type: 'icon-size', size }), { type: 'icon-padding', text: padding });

describe('icon frame in the form', () => {
  it('keeps the generated canvas by default', () => {
    expect(base.iconSize).toBe('');
    expect(vectorOptionsOf(base).iconFrame).toBeUndefined();
  });

  it('sends the picked frame and padding with the vector options', () => {
    expect(vectorOptionsOf(framed('24', '2')).iconFrame).toEqual({ size: 24, padding: 2 });
    expect(formProblem(framed('24', '2'), true)).toBeUndefined();
  });

  it('holds Generate back while the padding does not fit the frame', () => {
    for (const padding of ['12', '-1', '', 'two']) {
      expect(formProblem(framed('24', padding), true)).toMatch(/Padding must be/);
      expect(vectorOptionsOf(framed('24', padding)).iconFrame).toBeUndefined();
    }
    expect(formProblem(framed('', 'two'), true)).toBeUndefined();
  });

  it('is remembered with the settings and restored next time', () => {
    const saved = settingsFromForm(DEFAULT_SETTINGS, framed('48', '4'));
    expect(saved.vector.iconFrame).toEqual({ size: 48, padding: 4 });
    const restored = formFromSettings(saved, []);
    expect([restored.iconSize, restored.iconPaddingText]).toEqual(['48', '4']);
  });
});

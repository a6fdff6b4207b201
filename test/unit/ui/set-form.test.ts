import { describe, expect, it } from 'vitest';
import type { Swatch } from '../../../core/color/swatch';
import { DEFAULT_SETTINGS, type SetFormSettings } from '../../../core/settings';
import {
  setButtonLabel,
  setCostOf,
  setFormFromSettings,
  setFormProblem,
  setFormReducer,
  setFormSettingsOf,
  setNeedsConfirmation,
  setSpecOf,
  subjectsOf,
  type SetFormAction,
  type SetFormState,
} from '../../../ui/state/set-form';
import { TWELVE } from '../sets/fixtures';

const brand: Swatch = { kind: 'variable', id: 'VariableID:1:2', name: 'Brand/Primary', hex: '#1e88e5' };
const start = (set: Partial<SetFormSettings> = {}) =>
  setFormFromSettings({ ...DEFAULT_SETTINGS.set, ...set }, [], []);
const apply = (form: SetFormState, ...actions: SetFormAction[]) => actions.reduce(setFormReducer, form);
const typed = (form: SetFormState, icons: string) =>
  apply(form, { type: 'text', field: 'icons', text: icons });

describe('the set form', () => {
  it('starts from the remembered settings, the padding following the icon size until edited', () => {
    const form = start({ iconSize: 48 });
    expect(form).toMatchObject({ iconSize: 48, paddingText: '4', paddingEdited: false, prefix: 'icon' });
    const sized = apply(form, { type: 'icon-size', size: 16 });
    expect(sized.paddingText).toBe('1');
    const edited = apply(sized, { type: 'padding', text: '3' }, { type: 'icon-size', size: 32 });
    expect(edited).toMatchObject({ iconSize: 32, paddingText: '3', paddingEdited: true });
    // A remembered padding was the designer's own: it stays put.
    expect(apply(start({ padding: 1.5 }), { type: 'icon-size', size: 48 }).paddingText).toBe('1.5');
  });

  it('reads the Icons field with the one parser: lines and commas, duplicates kept once', () => {
    const form = typed(start(), 'home\nsearch, user\n\nHome');
    expect(subjectsOf(form).subjects).toEqual(['home', 'search', 'user']);
    expect(subjectsOf(form).duplicates).toHaveLength(1);
  });

  it('builds the spec Generate set sends: subjects, look, the model’s square size, where it goes', () => {
    const form = apply(
      typed(start(), TWELVE.join('\n')),
      { type: 'text', field: 'style', text: ' outline, 2 px stroke ' },
      { type: 'text', field: 'variantsText', text: '2' },
      { type: 'text', field: 'name', text: ' Brand icons ' },
    );
    const spec = setSpecOf(form, { setId: 's1', swatches: [], insideId: 'frame-1' });
    expect(spec).toEqual({
      setId: 's1',
      name: 'Brand icons',
      prefix: 'icon',
      subjects: TWELVE,
      style: 'outline, 2 px stroke',
      template: '{subject} icon, {style}',
      model: 'recraft-v4-text-to-vector',
      size: '1024x1024',
      iconSize: 24,
      padding: 2,
      colour: { mode: 'keep', mono: '#000000', palette: [] },
      variants: 2,
      insideId: 'frame-1',
    });
  });

  it('binds one-colour mode to a document colour, and a colour typed by hand unbinds it', () => {
    const bound = apply(
      typed(start(), 'home'),
      { type: 'colour-mode', mode: 'mono' },
      { type: 'bind', swatch: brand },
    );
    expect(setSpecOf(bound, { setId: 's', swatches: [brand] }).colour).toEqual({
      mode: 'mono',
      mono: '#1e88e5',
      palette: [],
      bind: brand,
    });
    // A swatch the document no longer has is not bound.
    expect(setSpecOf(bound, { setId: 's', swatches: [] }).colour).not.toHaveProperty('bind');
    const typedColour = apply(bound, { type: 'text', field: 'mono', text: '#ff0000' });
    expect(setSpecOf(typedColour, { setId: 's', swatches: [brand] }).colour).toEqual({
      mode: 'mono',
      mono: '#ff0000',
      palette: [],
    });
  });

  it('the button says the whole cost; above the threshold the press asks first', () => {
    const twelve = typed(start(), TWELVE.join('\n'));
    expect(setButtonLabel(twelve)).toBe('Generate set · 12 × 20 = 240 credits');
    expect(setNeedsConfirmation(twelve)).toBe(true);
    expect(setNeedsConfirmation(apply(twelve, { type: 'confirm', text: '240' }))).toBe(false);
    const two = apply(twelve, { type: 'text', field: 'variantsText', text: '2' });
    expect(setButtonLabel(two)).toBe('Generate set · 12 × 2 × 20 = 480 credits');
    expect(setNeedsConfirmation(typed(start(), 'home\nsearch'))).toBe(false);
    // The dialog's count and credits are the button's: a count of variants out of range counts as one.
    expect(setCostOf(two)).toEqual({ subjects: 12, variants: 2, credits: 480 });
    const five = apply(twelve, { type: 'text', field: 'variantsText', text: '5' });
    expect(setCostOf(five)).toEqual({ subjects: 12, variants: 1, credits: 240 });
  });

  it('says why Generate set cannot be pressed, from the one spec check and the colour fields', () => {
    const ok = typed(start(), 'home');
    expect(setFormProblem(ok, true, [])).toBeUndefined();
    expect(setFormProblem(ok, false, [])).toBe('Save your API key first');
    expect(setFormProblem(start(), true, [])).toMatch(/icon/i);
    expect(setFormProblem(apply(ok, { type: 'text', field: 'variantsText', text: '5' }), true, [])).toMatch(
      /1/,
    );
    expect(setFormProblem(apply(ok, { type: 'padding', text: '12' }), true, [])).toBeDefined();
    expect(
      setFormProblem(apply(ok, { type: 'text', field: 'template', text: '{style}' }), true, []),
    ).toBeDefined();
    const mono = apply(
      ok,
      { type: 'colour-mode', mode: 'mono' },
      { type: 'text', field: 'mono', text: 'blue' },
    );
    expect(setFormProblem(mono, true, [])).toMatch(/hex/);
    expect(setFormProblem(apply(mono, { type: 'bind', swatch: brand }), true, [brand])).toBeUndefined();
    const palette = apply(ok, { type: 'colour-mode', mode: 'palette' });
    expect(setFormProblem(palette, true, [])).toMatch(/palette/);
    expect(setFormProblem(apply(ok, { type: 'confirm', text: 'lots' }), true, [])).toMatch(/whole number/);
  });

  it('remembers what the designer last used; numbers not readable yet keep the remembered ones', () => {
    const previous = { ...DEFAULT_SETTINGS.set, variants: 3, confirmCredits: 500 };
    const form = apply(
      typed(start(previous), 'home\nsearch'),
      { type: 'text', field: 'variantsText', text: '' },
      { type: 'confirm', text: 'x' },
      { type: 'padding', text: '3' },
      { type: 'colour-mode', mode: 'mono' },
      { type: 'bind', swatch: brand },
    );
    expect(setFormSettingsOf(previous, form)).toEqual({
      ...previous,
      icons: 'home\nsearch',
      padding: 3,
      colourMode: 'mono',
      mono: '#1e88e5',
      bindId: brand.id,
    });
    // A padding that follows the size is not remembered as the designer's.
    expect(setFormSettingsOf(previous, start())).not.toHaveProperty('padding');
  });
});

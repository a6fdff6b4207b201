import { describe, expect, it } from 'vitest';
import { brandControls } from '../../../core/brand/controls';
import { paletteWords } from '../../../core/brand/palette-words';
import { prefillBrandKit } from '../../../core/brand/prefill';
import { BRAND_KIT_VERSION, BRAND_PALETTE_MAX, type BrandKit } from '../../../core/brand/types';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { DEFAULT_VECTOR_OPTIONS, type GenerationRequest } from '../../../core/tasks/types';
import {
  formsWithKit,
  kitChangeActions,
  kitFieldsOf,
  kitFieldsOfForms,
} from '../../../ui/state/brand-defaults';
import {
  brandFormError,
  brandFormOf,
  brandFormReducer,
  kitOfBrandForm,
} from '../../../ui/state/brand-kit-form';
import { brandRequest, sentPrompt, withoutControls } from '../../../ui/state/brand-request';
import { formFromSettings, formReducer } from '../../../ui/state/form';
import { setFormFromSettings, setFormReducer } from '../../../ui/state/set-form';

const KIT: BrandKit = {
  version: BRAND_KIT_VERSION,
  palette: [
    { role: 'primary', hex: '#4f46e5' },
    { role: 'background', hex: '#ffffff' },
    { role: 'accent', hex: '#f59e0b' },
  ],
  styleWords: 'flat, rounded',
  icon: { size: 32, padding: 4, colourMode: 'palette' },
  prefix: 'acme',
  vectorModel: 'recraft-v4-text-to-vector',
  rasterModel: 'recraft-v4-text-to-image',
};

const REQUEST: GenerationRequest = {
  model: 'recraft-v4-text-to-vector',
  prompt: 'a paper plane',
  size: '1024x1024',
  vector: DEFAULT_VECTOR_OPTIONS,
  target: { kind: 'viewport' },
};

const forms = () => ({
  form: formFromSettings(DEFAULT_SETTINGS, ['#010101']),
  setForm: setFormFromSettings(DEFAULT_SETTINGS.set, [], []),
});

describe('the brand kit form', () => {
  it('gives back the kit it was made from, and the one rule passes it', () => {
    const form = brandFormOf(KIT);
    expect(kitOfBrandForm(form)).toEqual(KIT);
    expect(brandFormError(form)).toBeUndefined();
  });

  it('edits a colour’s role and hex, and checks them with the one rule', () => {
    let form = brandFormOf(KIT);
    form = brandFormReducer(form, { type: 'role', index: 1, role: 'primary' });
    expect(brandFormError(form)?.message).toContain('primary');
    form = brandFormReducer(form, { type: 'role', index: 1, role: 'surface' });
    form = brandFormReducer(form, { type: 'hex', index: 1, hex: 'not a colour' });
    expect(brandFormError(form)?.message).toMatch(/surface/);
    form = brandFormReducer(form, { type: 'hex', index: 1, hex: '#ABCDEF' });
    expect(kitOfBrandForm(form).palette[1]).toEqual({ role: 'surface', hex: '#abcdef' });
  });

  it('adds colours with the next free role up to eight, and removes one by place', () => {
    let form = brandFormOf({ ...KIT, palette: [] });
    for (let i = 0; i < BRAND_PALETTE_MAX + 2; i++) form = brandFormReducer(form, { type: 'add-colour' });
    expect(form.palette).toHaveLength(BRAND_PALETTE_MAX);
    expect(form.palette.slice(0, 3).map((c) => c.role)).toEqual(['primary', 'secondary', 'accent']);
    expect(new Set(form.palette.map((c) => c.role)).size).toBe(BRAND_PALETTE_MAX);
    form = brandFormReducer(form, { type: 'remove-colour', index: 0 });
    expect(form.palette[0]!.role).toBe('secondary');
  });

  it('refuses a padding that is not a number, as typed', () => {
    const form = brandFormReducer(brandFormOf(KIT), { type: 'text', field: 'paddingText', text: 'x' });
    expect(brandFormError(form)).toBeDefined();
    const ok = brandFormReducer(form, { type: 'text', field: 'paddingText', text: ' 3 ' });
    expect(kitOfBrandForm(ok).icon.padding).toBe(3);
  });

  it('takes a kit whole (pasted or saved), replacing what was typed', () => {
    const typed = brandFormReducer(brandFormOf(KIT), { type: 'text', field: 'prefix', text: 'other' });
    const other = { ...KIT, prefix: 'brand', styleWords: 'sharp' };
    expect(kitOfBrandForm(brandFormReducer(typed, { type: 'kit', kit: other }))).toEqual(other);
  });

  it('starts from the document’s colours when the document has no kit', () => {
    const kit = prefillBrandKit([{ kind: 'style', id: 's1', name: 'Brand/Primary', hex: '#4F46E5' }]);
    expect(kitOfBrandForm(brandFormOf(kit)).palette).toEqual([{ role: 'primary', hex: '#4f46e5' }]);
  });
});

describe('the forms’ defaults from the kit', () => {
  it('at open: Generate starts on the kit’s preferred vector model, with that model’s size', () => {
    const pro = { ...KIT, vectorModel: 'recraft-v4-pro-text-to-vector' as const };
    const { form } = formsWithKit(forms().form, forms().setForm, pro, false);
    expect([form.model, form.size]).toEqual(['recraft-v4-pro-text-to-vector', '2048x2048']);
  });

  it('at open: Generate’s vector options and the set form from the kit', () => {
    const { form, setForm } = formsWithKit(forms().form, forms().setForm, KIT, false);
    expect(form).toMatchObject({
      recolor: 'palette',
      paletteText: '#4f46e5, #ffffff, #f59e0b',
      mono: '#4f46e5',
    });
    expect(setForm).toMatchObject({
      prefix: 'acme',
      style: 'flat, rounded',
      iconSize: 32,
      paddingText: '4',
      colourMode: 'palette',
      paletteText: '#4f46e5, #ffffff, #f59e0b',
    });
    // 4 is not 32 px's default padding: it stays 4 when the size changes.
    expect(setFormReducer(setForm, { type: 'icon-size', size: 48 }).paddingText).toBe('4');
  });

  it('at open: the palette typed in this document is kept', () => {
    const { form } = formsWithKit(forms().form, forms().setForm, KIT, true);
    expect(form.paletteText).toBe('#010101');
    expect(form.recolor).toBe('palette');
  });

  it('a changed kit moves only the fields the designer has not changed this session', () => {
    const opened = forms();
    const applied = kitFieldsOfForms(opened.form, opened.setForm);
    const form = formReducer(opened.form, { type: 'palette', text: '#123456' });
    const setForm = setFormReducer(opened.setForm, { type: 'text', field: 'prefix', text: 'mine' });
    const actions = kitChangeActions(kitFieldsOfForms(form, setForm), applied, kitFieldsOf(KIT));
    const nextForm = actions.single.reduce(formReducer, form);
    const nextSet = actions.set.reduce(setFormReducer, setForm);
    expect(nextForm.paletteText).toBe('#123456');
    expect(nextForm.recolor).toBe('palette');
    expect(nextSet.prefix).toBe('mine');
    expect(nextSet).toMatchObject({
      style: 'flat, rounded',
      iconSize: 32,
      paddingText: '4',
      colourMode: 'palette',
    });
  });

  it('nothing to do when the kit gives what the forms already hold', () => {
    const { form, setForm } = formsWithKit(forms().form, forms().setForm, KIT, false);
    const fields = kitFieldsOfForms(form, setForm);
    expect(kitChangeActions(fields, fields, kitFieldsOf(KIT))).toEqual({ single: [], set: [] });
  });
});

describe('what the kit adds to Generate', () => {
  const on = { sendBrandColours: true, paletteInPrompt: true };
  const off = { sendBrandColours: false, paletteInPrompt: false };

  it('the palette in words after the prompt, as the preview shows it', () => {
    const brand = { kit: KIT, settings: { ...off, paletteInPrompt: true } };
    const sent = sentPrompt(' a paper plane ', brand);
    expect(sent).toBe(`a paper plane, ${paletteWords(KIT.palette)}`);
    expect(brandRequest(REQUEST, brand)).toEqual({ ...REQUEST, prompt: sent });
  });

  it('a prompt that already carries the words (reused from History) is sent as it is', () => {
    const brand = { kit: KIT, settings: { ...off, paletteInPrompt: true } };
    const once = sentPrompt('a paper plane', brand);
    expect(sentPrompt(once, brand)).toBe(once);
  });

  it('controls only when the designer opted in, exactly as brandControls builds them', () => {
    expect(brandRequest(REQUEST, { kit: KIT, settings: off })).toEqual(REQUEST);
    const request = brandRequest(REQUEST, { kit: KIT, settings: { ...off, sendBrandColours: true } });
    expect(request.controls).toEqual(brandControls(KIT));
    expect(request.controls).toEqual({
      colors: [{ rgb: [79, 70, 229] }, { rgb: [245, 158, 11] }],
      background_color: { rgb: [255, 255, 255] },
    });
    expect(withoutControls(request)).toEqual(REQUEST);
  });

  it('nothing at all without a kit, whatever the options say', () => {
    expect(brandRequest(REQUEST, { settings: on })).toEqual(REQUEST);
    expect(sentPrompt('a paper plane', { settings: on })).toBe('a paper plane');
  });
});

import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, type SelectionInfo } from '../../../core/protocol/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';
import { DEFAULT_VECTOR_OPTIONS } from '../../../core/tasks/types';
import {
  batchOf,
  formFromSettings,
  formReducer,
  settingsFromForm,
  type FormState,
} from '../../../ui/state/form';
import { formProblem, requestFromForm } from '../../../ui/state/form-check';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  model: 'recraft-v4-pro-text-to-vector',
  sizes: { 'recraft-v4-pro-text-to-vector': '3072x1536' },
  batch: 3,
  vector: { removeBackground: true, recolor: 'palette', palette: ['#111111'], mono: '#222222' },
};

const typed = (form: FormState, prompt: string) => formReducer(form, { type: 'prompt', prompt });

describe('form from settings', () => {
  it('restores the last model, its size, batch and vector options', () => {
    const form = formFromSettings(settings, []);
    expect(form).toMatchObject({
      model: 'recraft-v4-pro-text-to-vector',
      size: '3072x1536',
      batchText: '3',
      removeBackground: true,
      recolor: 'palette',
      paletteText: '#111111',
      prompt: '',
    });
  });

  it('prefills the palette from the document colours when it has any', () => {
    expect(formFromSettings(settings, ['#aa0000', '#00bb00']).paletteText).toBe('#aa0000, #00bb00');
  });

  it('applies a prefill (relaunch or Regenerate)', () => {
    const form = formFromSettings(DEFAULT_SETTINGS, [], {
      prompt: 'a fox',
      model: 'recraft-v4-text-to-image',
      size: '1280x832',
    });
    expect(form).toMatchObject({ prompt: 'a fox', model: 'recraft-v4-text-to-image', size: '1280x832' });
  });

  it('keeps the prompt but not an invalid model or size from a prefill', () => {
    const form = formReducer(formFromSettings(DEFAULT_SETTINGS, []), {
      type: 'prefill',
      prefill: { prompt: 'owl', model: 'recraft-v4-text-to-vector', size: '9999x9999' },
    });
    expect(form).toMatchObject({ prompt: 'owl', size: '1024x1024' });
  });
});

describe('form reducer', () => {
  it('switches to the remembered or default size of the new model', () => {
    let form = formFromSettings(DEFAULT_SETTINGS, []);
    form = formReducer(form, { type: 'size', size: '768x1536' });
    form = formReducer(form, { type: 'model', model: 'recraft-v4-pro-text-to-image' });
    expect(form.size).toBe('2048x2048');
    form = formReducer(form, { type: 'model', model: 'kling-image-o1' });
    expect(form.size).toBe('1:1');
    form = formReducer(form, { type: 'model', model: 'recraft-v4-text-to-vector' });
    expect(form.size).toBe('768x1536');
  });

  it('never loses the prompt when other fields change', () => {
    let form = typed(formFromSettings(DEFAULT_SETTINGS, []), 'kept prompt');
    form = formReducer(form, { type: 'model', model: 'imagen-4' });
    form = formReducer(form, { type: 'batch', text: '' });
    expect(form.prompt).toBe('kept prompt');
  });

  it('accepts only whole batch counts from 1 to 8', () => {
    const form = formFromSettings(DEFAULT_SETTINGS, []);
    const batch = (text: string) => batchOf(formReducer(form, { type: 'batch', text }));
    expect(batch('4')).toBe(4);
    expect(batch(' 8 ')).toBe(8);
    for (const bad of ['', '0', '9', '2.5', '-1', 'x']) expect(batch(bad), bad).toBeUndefined();
  });

  it('gives the settings to remember', () => {
    let form = formFromSettings(DEFAULT_SETTINGS, []);
    form = formReducer(form, { type: 'model', model: 'recraft-v4-text-to-image' });
    form = formReducer(form, { type: 'size', size: '1536x768' });
    form = formReducer(form, { type: 'batch', text: '5' });
    form = formReducer(form, { type: 'palette', text: '#fff, nope, #000' });
    const next = settingsFromForm({ ...DEFAULT_SETTINGS, apiBase: 'http://127.0.0.1:1/api/v1' }, form);
    expect(next).toMatchObject({
      apiBase: 'http://127.0.0.1:1/api/v1',
      model: 'recraft-v4-text-to-image',
      sizes: { 'recraft-v4-text-to-image': '1536x768' },
      batch: 5,
    });
    expect(next.vector.palette).toEqual(['#ffffff', '#000000']);
  });
});

describe('form check', () => {
  const ready = typed(formFromSettings(DEFAULT_SETTINGS, []), 'a paper plane');

  it('says why Generate is disabled', () => {
    expect(formProblem(ready, false)).toBe('Save your API key first');
    expect(formProblem(ready, true)).toBeUndefined();
    expect(formProblem(typed(ready, 'ab'), true)).toBe('Prompt needs at least 3 characters');
    expect(formProblem(formReducer(ready, { type: 'batch', text: '12' }), true)).toMatch(/1 to 8/);
  });

  it('checks the colours the chosen recolour mode uses, for vector models only', () => {
    const palette = formReducer(formReducer(ready, { type: 'recolor', recolor: 'palette' }), {
      type: 'palette',
      text: '#fff, blue',
    });
    expect(formProblem(palette, true)).toBe('Not a hex colour: blue');
    expect(formProblem(formReducer(palette, { type: 'recolor', recolor: 'none' }), true)).toBeUndefined();
    expect(formProblem(formReducer(palette, { type: 'model', model: 'imagen-4' }), true)).toBeUndefined();
    const mono = formReducer(formReducer(ready, { type: 'recolor', recolor: 'mono' }), {
      type: 'mono',
      text: '#12',
    });
    expect(formProblem(mono, true)).toMatch(/hex colour/);
  });

  it('builds the request with the trimmed prompt and the placement fixed now', () => {
    const frame: SelectionInfo = { count: 1, nodeId: '4:2', name: 'Icons', canContain: true, canFill: false };
    const form = formReducer(typed(ready, '  plane  '), { type: 'recolor', recolor: 'mono' });
    const built = requestFromForm(form, frame);
    expect(built).toMatchObject({
      model: 'recraft-v4-text-to-vector',
      prompt: 'plane',
      size: '1024x1024',
      target: { kind: 'inside', nodeId: '4:2' },
    });
    expect(built.vector.recolor).toBe('mono');
  });

  it('sends default vector options for raster models and fills the shape when asked', () => {
    const rect: SelectionInfo = { count: 1, nodeId: '7:7', name: 'Hero', canContain: false, canFill: true };
    let form = formReducer(ready, { type: 'model', model: 'recraft-v4-text-to-image' });
    form = formReducer(form, { type: 'recolor', recolor: 'mono' });
    form = formReducer(form, { type: 'fill', on: true });
    const built = requestFromForm(form, rect);
    expect(built.vector).toEqual(DEFAULT_VECTOR_OPTIONS);
    expect(built.target).toEqual({ kind: 'fill', nodeId: '7:7' });
    expect(requestFromForm(form, EMPTY_SELECTION).target).toEqual({ kind: 'viewport' });
  });
});

import { describe, expect, it } from 'vitest';
import { setFieldsFromKit, vectorOptionsFromKit } from '../../../core/brand/kit-defaults';
import { validateSetSpec } from '../../../core/sets/set-spec';
import { KIT, kitWith } from './fixtures';

describe("the forms' defaults from the kit", () => {
  it('gives an icon set its prefix, style, model, size, icon spec and colours', () => {
    expect(setFieldsFromKit(KIT)).toEqual({
      prefix: 'acme',
      style: 'flat, rounded, friendly',
      model: 'recraft-v4-text-to-vector',
      size: '1024x1024',
      iconSize: 24,
      padding: 2,
      colour: { mode: 'palette', mono: '#4f46e5', palette: ['#4f46e5', '#f59e0b', '#ffffff'] },
    });
  });

  it('makes a set the form would take', () => {
    const spec = {
      setId: 's1',
      name: 'Icons',
      subjects: ['home', 'search'],
      template: '{subject} icon, {style}',
      variants: 1,
      ...setFieldsFromKit(kitWith({ vectorModel: 'recraft-v4-pro-text-to-vector' })),
    };
    expect(spec.size).toBe('2048x2048');
    expect(validateSetSpec(spec)).toBeUndefined();
  });

  it("gives Generate's vector options the kit's colour mode and palette", () => {
    expect(vectorOptionsFromKit(KIT)).toEqual({
      removeBackground: false,
      recolor: 'palette',
      palette: ['#4f46e5', '#f59e0b', '#ffffff'],
      mono: '#4f46e5',
    });
    const keep = vectorOptionsFromKit(
      kitWith({ palette: [], icon: { size: 24, padding: 2, colourMode: 'keep' } }),
    );
    expect(keep).toEqual({ removeBackground: false, recolor: 'none', palette: [], mono: '#000000' });
    expect(
      vectorOptionsFromKit(kitWith({ icon: { size: 24, padding: 2, colourMode: 'mono' } })).recolor,
    ).toBe('mono');
  });
});

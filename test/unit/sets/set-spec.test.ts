import { describe, expect, it } from 'vitest';
import { userError } from '../../../core/errors/catalogue';
import type { ModelId } from '../../../core/models/catalogue';
import { validateSetSpec } from '../../../core/sets/set-spec';
import type { IconSetSpec, SetIconSize } from '../../../core/sets/types';
import { sampleSpec } from './fixtures';

const check = (overrides: Partial<IconSetSpec>) => validateSetSpec(sampleSpec(overrides));

describe('validateSetSpec', () => {
  it('passes a good spec', () => {
    expect(validateSetSpec(sampleSpec())).toBeUndefined();
    expect(check({ variants: 4, iconSize: 48, padding: 0, prefix: 'brand/ui' })).toBeUndefined();
    expect(check({ model: 'imagen-4', size: '1:1' })).toBeUndefined();
  });

  it('takes 1 to 48 subjects, each once, as the text area leaves them', () => {
    expect(check({ subjects: [] })).toEqual(userError('set-no-subjects'));
    const many = Array.from({ length: 49 }, (_, i) => `s${i}`);
    expect(check({ subjects: many })).toEqual(userError('set-too-many-subjects', 49, 48));
    expect(check({ subjects: many.slice(0, 48) })).toBeUndefined();
    for (const subjects of [['home', 'Home'], ['home', ' search'], ['home', ''], ['a, b'], ['a\nb']]) {
      expect(check({ subjects }), JSON.stringify(subjects)).toEqual(userError('set-subjects-malformed'));
    }
  });

  it('needs {subject} in the template, and prompts the gateway takes', () => {
    expect(check({ template: '{style} icon' })).toEqual(userError('set-template-no-subject'));
    expect(check({ template: '{subject}', style: '', subjects: ['ox'] })).toEqual(
      userError('prompt-length', 2, 3, 5000),
    );
    expect(check({ style: 's'.repeat(5000) })).toEqual(userError('prompt-length', 5011, 3, 5000));
  });

  it('needs a known model and one of its sizes', () => {
    expect(check({ model: 'dall-e' as ModelId })).toEqual(userError('set-model-unknown'));
    expect(check({ size: '1:1' })).toEqual(userError('set-size-invalid', 'Vector'));
    expect(check({ model: 'recraft-v4-pro-text-to-vector' })).toEqual(
      userError('set-size-invalid', 'Vector Pro'),
    );
  });

  it('takes the offered icon sizes, padding under half of it, 1 to 4 variants', () => {
    expect(check({ iconSize: 40 as SetIconSize })).toEqual(userError('set-icon-size', [16, 20, 24, 32, 48]));
    for (const padding of [-1, 12, 13, Number.NaN, Infinity]) {
      expect(check({ padding }), String(padding)).toEqual(userError('set-padding', 24));
    }
    expect(check({ padding: 11.5 })).toBeUndefined();
    for (const variants of [0, 5, 1.5, Number.NaN]) {
      expect(check({ variants }), String(variants)).toEqual(userError('set-variants', 1, 4));
    }
  });

  it('needs a prefix and a set name', () => {
    expect(check({ prefix: ' / ' })).toEqual(userError('set-prefix-empty'));
    expect(check({ name: '' })).toEqual(userError('set-name-empty'));
  });

  it('reports the first problem in the form order', () => {
    expect(check({ subjects: [], name: '', variants: 9 })).toEqual(userError('set-no-subjects'));
    expect(check({ variants: 9, name: '' })).toEqual(userError('set-variants', 1, 4));
  });
});

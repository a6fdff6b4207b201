import { describe, expect, it } from 'vitest';
import { userError } from '../../../core/errors/catalogue';
import {
  cleanPrefix,
  componentName,
  MAX_PREFIX_CHARS,
  MAX_SET_NAME_CHARS,
  prefixError,
  setNameError,
  variantName,
} from '../../../core/sets/names';

describe('set names', () => {
  it('names a component prefix/subject: subject lower-cased and trimmed, inner spaces kept', () => {
    expect(componentName('icon', 'home')).toBe('icon/home');
    expect(componentName('icon', '  Shopping  Cart ')).toBe('icon/shopping  cart');
    expect(componentName('Brand', 'Wi-Fi')).toBe('Brand/wi-fi');
  });

  it('takes the prefix trimmed, without slashes at either end; inner slashes group', () => {
    expect(cleanPrefix(' /icon/ ')).toBe('icon');
    expect(cleanPrefix('//brand/ui//')).toBe('brand/ui');
    expect(componentName(' / brand / ui / ', 'bell')).toBe('brand / ui/bell');
  });

  it('names variants Option=1…N', () => {
    expect([1, 2, 3, 4].map(variantName)).toEqual(['Option=1', 'Option=2', 'Option=3', 'Option=4']);
  });

  it('refuses an empty or over-long prefix', () => {
    expect(prefixError('icon')).toBeUndefined();
    expect(prefixError('a'.repeat(MAX_PREFIX_CHARS))).toBeUndefined();
    for (const empty of ['', '  ', '/', ' // '])
      expect(prefixError(empty)).toEqual(userError('set-prefix-empty'));
    expect(prefixError(`/${'a'.repeat(MAX_PREFIX_CHARS + 1)}/`)).toEqual(
      userError('set-prefix-too-long', MAX_PREFIX_CHARS),
    );
  });

  it('refuses an empty or over-long set name', () => {
    expect(setNameError('Brand icons')).toBeUndefined();
    expect(setNameError(` ${'n'.repeat(MAX_SET_NAME_CHARS)} `)).toBeUndefined();
    expect(setNameError(' \t')).toEqual(userError('set-name-empty'));
    expect(setNameError('n'.repeat(MAX_SET_NAME_CHARS + 1))).toEqual(
      userError('set-name-too-long', MAX_SET_NAME_CHARS),
    );
  });
});

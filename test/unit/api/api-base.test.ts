import { describe, expect, it } from 'vitest';
import { normaliseApiBase } from '../../../core/api/api-base';

describe('normaliseApiBase', () => {
  it('takes http(s) bases, trims them and their trailing slashes, lower-cases scheme and host', () => {
    expect(normaliseApiBase('https://apiin.one/api/v1')).toBe('https://apiin.one/api/v1');
    expect(normaliseApiBase('  https://apiin.one/api/v1// ')).toBe('https://apiin.one/api/v1');
    expect(normaliseApiBase('HTTPS://ApiIn.One/Api/V1')).toBe('https://apiin.one/Api/V1');
    expect(normaliseApiBase('http://127.0.0.1:8787/api/v1')).toBe('http://127.0.0.1:8787/api/v1');
    expect(normaliseApiBase('http://localhost:8787/api/v1/')).toBe('http://localhost:8787/api/v1');
    expect(normaliseApiBase('http://[::1]:8787/api')).toBe('http://[::1]:8787/api');
    expect(normaliseApiBase('https://apiin.one/')).toBe('https://apiin.one');
    expect(normaliseApiBase('https://apiin.one')).toBe('https://apiin.one');
  });

  it('refuses credentials, queries and fragments, even empty ones', () => {
    for (const bad of [
      'https://u@apiin.one/api',
      'https://u:p@apiin.one/api',
      'https://@apiin.one/api',
      'https://evil.example\\@apiin.one/api',
      'https://apiin.one/api/v1?x',
      'https://apiin.one/api/v1?',
      'https://apiin.one/?a=1',
      'https://apiin.one/api/v1#top',
      'https://apiin.one/api/v1#',
    ]) {
      expect(normaliseApiBase(bad), bad).toBeUndefined();
    }
  });

  it('refuses other schemes, relative or broken text, and anything not a string', () => {
    for (const bad of [
      'ftp://apiin.one',
      'javascript:alert(1)',
      'apiin.one/api',
      '//apiin.one/api',
      'https:/apiin.one',
      'https://',
      'https://:8787/api',
      'https://apiin.one:0/api',
      'https://apiin.one:65536/api',
      'https://apiin..one/api',
      'https://apiin.one/a b',
      'https://apiin.one/a\tb',
      'https://api\nin.one',
      'https://apiin.one\\api',
      '',
      `https://apiin.one/${'a'.repeat(2048)}`,
    ]) {
      expect(normaliseApiBase(bad), JSON.stringify(bad)).toBeUndefined();
    }
    for (const bad of [undefined, null, 42, {}, ['https://apiin.one']])
      expect(normaliseApiBase(bad)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseApiBase } from '../../../core/api/api-base';
import { normaliseHex } from '../../../core/color/hex';
import {
  apiBaseProblem,
  keyProblem,
  monoProblem,
  paletteProblem,
  parsePalette,
  promptLength,
  promptProblem,
} from '../../../ui/state/validation';

describe('prompt', () => {
  it('accepts 3 to 5000 characters, counted after trimming', () => {
    expect(promptProblem('cat')).toBeUndefined();
    expect(promptProblem('x'.repeat(5000))).toBeUndefined();
    expect(promptProblem('  ab  ')).toBe('Prompt needs at least 3 characters');
    expect(promptProblem('')).toBe('Type a prompt');
    expect(promptProblem('x'.repeat(5001))).toBe('Prompt is too long: 5001 / 5000 characters, remove 1');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(promptLength('🚀🚀')).toBe(2);
    expect(promptProblem('🚀🚀')).toBe('Prompt needs at least 3 characters');
    expect(promptProblem('🚀🚀🚀')).toBeUndefined();
  });
});

describe('colours', () => {
  it('normalises 3- and 6-digit hex, with or without #', () => {
    expect(normaliseHex('#ABC')).toBe('#aabbcc');
    expect(normaliseHex('1E88E5')).toBe('#1e88e5');
    expect(normaliseHex(' #1e88e5 ')).toBe('#1e88e5');
    expect(normaliseHex('#12345')).toBeUndefined();
    expect(normaliseHex('red')).toBeUndefined();
    expect(normaliseHex('#gggggg')).toBeUndefined();
  });

  it('parses a palette, dropping duplicates and reporting what is not hex', () => {
    expect(parsePalette('#fff, #000000;#FFF  1e88e5')).toEqual({
      colours: ['#ffffff', '#000000', '#1e88e5'],
      invalid: [],
    });
    expect(parsePalette('#fff, blue, #12')).toEqual({ colours: ['#ffffff'], invalid: ['blue', '#12'] });
  });

  it('explains palette and mono problems', () => {
    expect(paletteProblem('#fff, #000')).toBeUndefined();
    expect(paletteProblem('#fff, blue')).toBe('Not a hex colour: blue');
    expect(paletteProblem(' , ')).toMatch(/at least one colour/);
    expect(monoProblem('#1e88e5')).toBeUndefined();
    expect(monoProblem('#1e88e')).toMatch(/hex colour/);
  });
});

describe('API base URL', () => {
  it('accepts http(s) URLs and drops trailing slashes', () => {
    expect(normaliseApiBase('https://apiin.one/api/v1/')).toBe('https://apiin.one/api/v1');
    expect(normaliseApiBase(' http://127.0.0.1:8787/api/v1 ')).toBe('http://127.0.0.1:8787/api/v1');
    expect(apiBaseProblem('https://apiin.one/api/v1')).toBeUndefined();
  });

  it('refuses other schemes, relative text, credentials and queries', () => {
    for (const bad of [
      'ftp://apiin.one',
      'javascript:alert(1)',
      'apiin.one/api',
      '',
      'https://u:p@apiin.one',
      'https://apiin.one/?a=1',
    ]) {
      expect(normaliseApiBase(bad), bad).toBeUndefined();
      expect(apiBaseProblem(bad), bad).toMatch(/http\(s\) URL/);
    }
  });
});

describe('API key', () => {
  it('needs a key without spaces', () => {
    expect(keyProblem('  aio_abc  ')).toBeUndefined();
    expect(keyProblem('   ')).toBe('Paste your API key');
    expect(keyProblem('aio_a b')).toBe('An API key has no spaces');
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSentenceLiterals, sourceFiles } from './sentence-literals';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('error sentences live in the catalogue only', () => {
  it('core/, plugin/ and ui/ build no error and write no error sentence of their own', () => {
    const findings = findSentenceLiterals(ROOT, sourceFiles(ROOT, ['core', 'plugin', 'ui']));
    // One line per finding, so a failure says where and what to move.
    expect(findings.map((f) => `${f.file}:${f.line} ${f.why}: ${f.text}`)).toEqual([]);
  });

  it('finds each shape it looks for, and lets ordinary strings be', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'sentences-'));
    mkdirSync(join(root, 'core'));
    const caught = [
      "throw new PluginError({ code: 'bad-request', action: 'none', message: 'Nope.' });",
      "const e = { code: 'insert-failed', action: 'retry', message: why };",
      'const f = { ...reason, message: `Could not be inserted. ${reason.message}` };',
      "const g = { action: 'retry', message: ok ? 'Fine.' : 'Not fine.' };",
    ];
    const passed = [
      "host.postToUi({ type: 'notify', message: 'Inserted' });",
      "throw new Error('Invalid base64 length');",
      "const h = { ...userError('cancelled'), status: 499 };",
      'throw new PluginError({ ...ambiguousError(), status });',
      "const i = { type: 'insert-failed', taskId, error };",
      "if (!key) return 'Paste your API key';",
    ];
    writeFileSync(join(root, 'core', 'caught.ts'), caught.join('\n'));
    writeFileSync(join(root, 'core', 'passed.ts'), passed.join('\n'));
    const findings = findSentenceLiterals(root, sourceFiles(root, ['core']));
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual([
      'core/caught.ts:1',
      'core/caught.ts:1',
      'core/caught.ts:2',
      'core/caught.ts:3',
      'core/caught.ts:4',
    ]);
  });
});

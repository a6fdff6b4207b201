/**
 * What ships: the bundles `npm test` builds first. The UI must be one
 * self-contained file (Figma loads it as a string; nothing from outside),
 * and no development address may be baked into anything a designer runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const UI_FILES = ['dist/ui.html', 'dist/penpot/ui.html'];
const SHIPPED = ['dist/code.js', 'dist/penpot/plugin.js', ...UI_FILES];

const read = (path: string) => {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`node build.mjs\` (npm test does) first`);
  return readFileSync(path, 'utf8');
};

describe('shipped bundles', () => {
  it.each(UI_FILES)('%s loads no external script, stylesheet, font or image', (path) => {
    const html = read(path);
    expect(html).not.toMatch(/<script[^>]+\bsrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
    expect(html).not.toMatch(/<img[^>]+\bsrc\s*=\s*['"]?(https?:)?\/\//i);
    expect(html).toMatch(/<script>[\s\S]{1000,}<\/script>/);
  });

  it.each(SHIPPED)('%s has no development address baked in', (path) => {
    expect(read(path)).not.toMatch(/localhost|127\.0\.0\.1|:878\d/);
  });

  it('the Figma manifest points at the built files and keeps localhost to development', () => {
    const manifest = JSON.parse(read('manifest.json'));
    expect(existsSync(manifest.main)).toBe(true);
    expect(existsSync(manifest.ui)).toBe(true);
    expect(manifest.documentAccess).toBe('dynamic-page');
    expect(JSON.stringify(manifest.networkAccess.allowedDomains)).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(manifest.networkAccess.reasoning.length).toBeGreaterThan(40);
  });

  it('the Penpot manifest names its built files and asks only for what it uses', () => {
    const manifest = JSON.parse(read('dist/penpot/manifest.json'));
    expect(existsSync(`dist/penpot${manifest.code}`)).toBe(true);
    expect(existsSync(`dist/penpot${manifest.icon}`)).toBe(true);
    expect(manifest.description.length).toBeLessThanOrEqual(200);
    expect([...manifest.permissions].sort()).toEqual(
      // allow:downloads: History's Download file saves a result from the UI iframe. library:write: a set's
      // icons become components (Penpot refuses library.local.createComponent without it).
      [
        'allow:downloads',
        'allow:localstorage',
        'content:read',
        'content:write',
        'library:read',
        'library:write',
      ].sort(),
    );
  });
});

/**
 * The entries are separate exports so that the plugin window carries only the
 * sentences its code can reach (core/errors/user-error.ts). Importing the
 * by-id index (catalogue.ts) or a table of all entries into ui/ would bring
 * every sentence back without failing anything else: this bundles the UI as
 * build.mjs does and looks for sentences only the sandbox says.
 */
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { userError } from '../../../core/errors/catalogue';

async function uiBundleAsync(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    outdir: 'out',
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'css' },
    logLevel: 'silent',
  });
  return result.outputFiles.find((file) => file.path.endsWith('.js'))!.text;
}

/** Sentences only the sandbox says: its SVG pipeline, its host, History's cache, a set's records. */
const SANDBOX_ONLY = [
  'declares a DOCTYPE',
  userError('figma-image-unreadable').message,
  userError('penpot-image-upload').message,
  userError('cache-gone').message,
  userError('set-item-interrupted').message,
  userError('document-unwritable').message,
];

describe('the plugin window holds only the error sentences it can say', () => {
  it.each(['ui/main.figma.tsx', 'ui/main.penpot.tsx'])('%s', async (entry) => {
    const js = await uiBundleAsync(entry);
    // Said by the UI: a key it finds missing, a set form it refuses.
    expect(js.includes(userError('no-key').message)).toBe(true);
    expect(js.includes(userError('set-no-subjects').message)).toBe(true);
    expect(SANDBOX_ONLY.filter((sentence) => js.includes(sentence))).toEqual([]);
  });
});

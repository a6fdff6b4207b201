// Builds every bundle with esbuild. `node build.mjs` once, `--watch` to rebuild on change.
//   dist/code.js, dist/ui.html               Figma (manifest.json at the root points here)
//   dist/penpot/{plugin.js,ui.html,manifest.json,icon.png}   Penpot
//   dist/playground/{index.html,playground.js,penpot-runtime.js}  the local playground (dev only)
import * as esbuild from 'esbuild';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sesSafeOutput } from './scripts/ses-safe-plugin.mjs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, minify: !watch, sourcemap: false, legalComments: 'none', logLevel: 'warning' };

/** The sandboxes run an older JS engine than the browser: lower the syntax. */
const sandbox = (entry, outfile) => ({
  ...common,
  entryPoints: [entry],
  outfile,
  format: 'iife',
  target: 'es2017',
});

/** The UI is one self-contained HTML file: script and styles inlined, nothing loaded from outside. */
const uiHtml = (entry, outfile) => ({
  ...common,
  entryPoints: [entry],
  write: false,
  outdir: dirname(outfile),
  format: 'iife',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.css': 'css' },
  plugins: [inlineIntoHtml(outfile)],
});

function inlineIntoHtml(outfile) {
  return {
    name: 'inline-into-html',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length) return;
        const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
        const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
        const template = await readFile('ui/index.html', 'utf8');
        const html = template
          .replace('/*__STYLES__*/', () => css.replace(/<\/style/gi, '<\\/style'))
          .replace('/*__SCRIPT__*/', () => js.replace(/<\/script/gi, '<\\/script'));
        await mkdir(dirname(outfile), { recursive: true });
        await writeFile(outfile, html);
      });
    },
  };
}

const copyStatic = {
  name: 'copy-static',
  setup(build) {
    build.onEnd(async () => {
      await mkdir('dist/penpot', { recursive: true });
      await copyFile('plugin/hosts/penpot/manifest.json', 'dist/penpot/manifest.json');
      await copyFile('plugin/hosts/penpot/icon.png', 'dist/penpot/icon.png');
      await mkdir('dist/playground', { recursive: true });
      await copyFile('dev/playground/index.html', 'dist/playground/index.html');
    });
  },
};

const targets = [
  sandbox('plugin/main.figma.ts', 'dist/code.js'),
  uiHtml('ui/main.figma.tsx', 'dist/ui.html'),
  // Penpot evaluates this bundle with SES, which refuses `-->`, `import(`… even inside strings. Not the
  // Figma bundle: Figma's sandbox makes no such check, so its bundle stays exactly what esbuild wrote.
  { ...sandbox('plugin/main.penpot.ts', 'dist/penpot/plugin.js'), plugins: [copyStatic, sesSafeOutput] },
  uiHtml('ui/main.penpot.tsx', 'dist/penpot/ui.html'),
  {
    ...common,
    minify: false,
    entryPoints: ['dev/playground/main.ts'],
    outfile: 'dist/playground/playground.js',
    format: 'iife',
    target: 'es2020',
  },
  {
    // Penpot's plugin runtime for the playground's Penpot mode: SES must run as a module (strict code).
    ...common,
    minify: false,
    entryPoints: ['dev/playground/penpot/plugins-runtime.ts'],
    outfile: 'dist/playground/penpot-runtime.js',
    format: 'esm',
    target: 'es2022',
  },
];

if (watch) {
  for (const options of targets) await (await esbuild.context(options)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(targets.map((options) => esbuild.build(options)));
}

/**
 * esbuild plugin for a bundle that SES evaluates (Penpot's plugin runtime): esbuild hands the output
 * over instead of writing it, and it is written only once makeSesSafe has escaped and checked it, so a
 * bundle Penpot would refuse fails the build (or, in watch mode, is reported and not written).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeSesSafe } from './ses-safe-source.mjs';

export const sesSafeOutput = {
  name: 'ses-safe-output',
  setup(build) {
    build.initialOptions.write = false;
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      for (const file of result.outputFiles ?? []) {
        const safe = makeSesSafe(file.text, file.path);
        await mkdir(dirname(file.path), { recursive: true });
        await writeFile(file.path, safe);
      }
    });
  },
};

import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const UNIT = 'test/unit';
const UNIT_TESTS = /\.test\.tsx?$/;
/** What makes a test file touch module state other files would see: it replaces modules, globals or timers. */
const REPLACES_MODULES =
  /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|stubGlobal|stubEnv|useFakeTimers)\(/;

/**
 * The unit test files that replace a module (vi.mock…) or a global, found by reading them: they get a
 * fresh module graph each. Every other unit file shares one (see the `unit` project).
 */
function unitFilesNeedingIsolation(): string[] {
  const root = fileURLToPath(new URL(`./${UNIT}/`, import.meta.url));
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => UNIT_TESTS.test(file) && REPLACES_MODULES.test(readFileSync(root + file, 'utf8')))
    .map((file) => `${UNIT}/${file.split('\\').join('/')}`);
}
const isolatedUnitFiles = unitFilesNeedingIsolation();

export default defineConfig({
  test: {
    // At least two workers (Vitest's default is one fewer than the cores: one, on the two-core machines). The
    // end-to-end files mostly wait (the mock's tasks, real-time steps, frames loading): two Chromiums at once
    // fill the two cores without starving either, and the unit and integration files run beside them.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: [`${UNIT}/**/*.test.{ts,tsx}`],
          exclude: [...configDefaults.exclude, ...isolatedUnitFiles],
          // Pure functions over their inputs: one module graph for all files, in worker threads, is several
          // times faster than a fresh one per file, and stays green in any file order (--sequence.shuffle).
          pool: 'threads',
          isolate: false,
        },
      },
      // Each in a module graph of its own; `--project 'unit*'` runs both unit projects (npm run test:unit).
      ...(isolatedUnitFiles.length > 0
        ? [{ test: { name: 'unit-isolated', include: isolatedUnitFiles } }]
        : []),
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

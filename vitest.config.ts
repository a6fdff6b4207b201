import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const TEST_FILE = /\.test\.tsx?$/;
/** What makes a test file touch module state other files would see: it replaces modules, globals or timers. */
const REPLACES_MODULES =
  /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|stubGlobal|stubEnv|useFakeTimers)\(/;

/** The test files under `dir` that replace a module (vi.mock…), a global or the timers, found by reading them. */
function filesReplacingModules(dir: string): string[] {
  const root = fileURLToPath(new URL(`./${dir}/`, import.meta.url));
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => TEST_FILE.test(file) && REPLACES_MODULES.test(readFileSync(root + file, 'utf8')))
    .map((file) => `${dir}/${file.split('\\').join('/')}`);
}

type ProjectOptions = NonNullable<TestProjectInlineConfiguration['test']>;

/**
 * A project whose files share one module graph per worker (isolate: false), much faster than a fresh one
 * per file: the modules are imported once, not once per file. The files that replace modules or globals
 * keep a fresh graph each, in `<name>-isolated` (`--project '<name>*'` runs both).
 */
function sharedModules(name: string, dir: string, options: ProjectOptions): TestProjectInlineConfiguration[] {
  const isolated = filesReplacingModules(dir);
  const include = [`${dir}/**/*.test.{ts,tsx}`];
  const shared = {
    ...options,
    name,
    include,
    exclude: [...configDefaults.exclude, ...isolated],
    isolate: false,
  };
  return [
    { test: shared },
    ...(isolated.length > 0 ? [{ test: { ...options, name: `${name}-isolated`, include: isolated } }] : []),
  ];
}

export default defineConfig({
  test: {
    // One worker more than the cores (Vitest's default is one fewer). The end-to-end files wait about a third of
    // their time (the mock's tasks, frames loading), so on a two-core machine two workers left the cores 69% busy
    // (npm test: 351 s, 488 s of CPU) and three keep them 92% busy (264 s, the same CPU); beyond that it is
    // Chromium's own work that waits, and more workers only stretch every test.
    maxWorkers: availableParallelism() + 1,
    projects: [
      // Pure functions over their inputs, in worker threads: green in any file order (--sequence.shuffle).
      // Run them all with npm run test:unit.
      // Their time limit is a guard against a hang, not a measure: the SVG pipeline's largest inputs (40 000
      // paths) take about 1 s alone and near 6 s beside two Chromiums on a two-core machine.
      ...sharedModules('unit', 'test/unit', { pool: 'threads', testTimeout: 30_000 }),
      // Each file starts its own servers (and Chromium) and closes them: nothing is left for the next.
      ...sharedModules('integration', 'test/integration', { testTimeout: 30_000 }),
      ...sharedModules('e2e', 'test/e2e', { testTimeout: 60_000, hookTimeout: 60_000 }),
    ],
  },
});

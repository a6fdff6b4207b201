/**
 * Penpot evaluates dist/penpot/plugin.js with SES (@penpot/plugins-runtime):
 * lockdown, then `new Compartment(globals).evaluate(code)`. SES refuses source
 * text it cannot vouch for (`-->`, `import(`…) before running a line, and
 * lockdown changes what the code may do. ses/evaluate-bundle.mjs runs the
 * built bundle exactly that way, in a child node: lockdown would freeze the
 * test runner's own realm. This test builds nothing: `npm test` builds first.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// PENPOT_BUNDLE=<file> repeats the check on another build (e.g. one made without the SES escape).
const BUNDLE = process.env.PENPOT_BUNDLE ?? 'dist/penpot/plugin.js';
const EVALUATE = 'test/integration/ses/evaluate-bundle.mjs';

/** What evaluate-bundle.mjs prints. */
interface SesRun {
  readonly ok: boolean;
  readonly error?: string;
  readonly sesCode?: string | null;
  readonly uiOpen: readonly { name: string; url: string; options?: unknown }[];
  readonly onMessage: number;
  readonly on: readonly string[];
  readonly sent: readonly { type: string }[];
  readonly logged: readonly { level: string; text: string }[];
  readonly fetched: readonly string[];
  readonly rejections: readonly string[];
}

async function evaluateUnderSes(bundle: string): Promise<SesRun> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [EVALUATE, bundle], {
    timeout: 20_000,
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as SesRun;
  } catch {
    throw new Error(`${EVALUATE} printed no result.\nstdout: ${stdout}\nstderr: ${stderr}`);
  }
}

/** Fails with the SES error code in the message, so a refusal reads as what it is. */
function assertEvaluated(run: SesRun, bundle: string): void {
  if (!run.ok)
    throw new Error(`Penpot's SES runtime refused ${bundle} (${run.sesCode ?? 'no SES code'}): ${run.error}`);
}

describe("the Penpot bundle under Penpot's SES runtime", () => {
  it('evaluates, opens its UI, listens to it and answers it', async () => {
    if (!existsSync(BUNDLE))
      throw new Error(`${BUNDLE} is missing: run \`node build.mjs\` (npm test does) first`);
    const run = await evaluateUnderSes(BUNDLE);
    assertEvaluated(run, BUNDLE);

    expect(run.uiOpen).toHaveLength(1);
    expect(run.uiOpen[0]?.url).toContain('ui.html');
    expect(run.onMessage).toBe(1);
    expect(run.on).toEqual(expect.arrayContaining(['selectionchange', 'themechange']));
    expect(run.sent.map((m) => m.type)).toContain('init');
    expect(run.logged.filter((l) => l.level === 'error')).toEqual([]);
    expect(run.rejections).toEqual([]);
    expect(run.fetched).toEqual([]);
  });

  it('reports the SES error code of a bundle SES refuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'penpot-ses-'));
    const refused = join(dir, 'plugin.js');
    writeFileSync(refused, 'var skip = "-->";\n');
    const run = await evaluateUnderSes(refused).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(run.ok).toBe(false);
    expect(run.sesCode).toBe('SES_HTML_COMMENT_REJECTED');
    expect(() => assertEvaluated(run, refused)).toThrow(/SES_HTML_COMMENT_REJECTED/);
  });
});

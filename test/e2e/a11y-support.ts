/**
 * axe-core run inside the plugin window's own frame (its document, not the playground's), and the
 * frame itself for tests that measure or evaluate in it.
 */
import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import type { PlaygroundSession } from './playground-session';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** WCAG 2.0–2.2 A and AA, and axe's best practices (a heading, landmarks). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Where each host puts the plugin's UI iframe (as PlaygroundSession finds it). */
const UI_FRAME = { figma: '#plugin-ui', penpot: 'plugin-modal iframe' } as const;

export async function uiFrameAsync(session: PlaygroundSession): Promise<Frame> {
  const handle = await session.page.locator(UI_FRAME[session.host]).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('The plugin window has no frame.');
  return frame;
}

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  /** Each element's selector and axe's summary of what is wrong with it. */
  readonly nodes: readonly string[];
}

/** axe's serious and critical violations in the plugin window as it is now. */
export async function seriousViolationsAsync(session: PlaygroundSession): Promise<Violation[]> {
  const frame = await uiFrameAsync(session);
  // Evaluated through the debugging protocol, which the window's CSP does not govern.
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: AxeLike }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      }));
  }, TAGS);
}

/** The little of axe's API the frame's script uses (axe-core's own types would need the DOM lib here). */
interface AxeLike {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: {
      id: string;
      impact: string | null;
      nodes: { target: string[]; failureSummary?: string }[];
    }[];
  }>;
}

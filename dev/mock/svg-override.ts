/**
 * Vector results served as given SVG text instead of the mock's own art:
 * malformed or hostile drawings, to exercise the plugin's refusals end to
 * end (a result the SVG pipeline rejects must still not be lost). The text
 * is served as it is, never checked: serving bad SVG is its purpose.
 */
import { isRecord } from './http-util';

export interface SvgOverride {
  readonly svg: string;
}

/** Admin bodies have room for 16 MB; a drawing larger than this is not a test of anything else. */
const MAX_SVG_OVERRIDE = 8_000_000;

/** A checked override, or what is wrong with it. */
export function makeSvgOverride(svg: unknown): SvgOverride | string {
  if (typeof svg !== 'string' || svg.length === 0) return 'svg must be non-empty text';
  if (svg.length > MAX_SVG_OVERRIDE) return `svg must be at most ${MAX_SVG_OVERRIDE} characters`;
  return { svg };
}

/** POST /__admin/svg-override: {svg} sets it, {clear: true} clears it (null). */
export function parseSvgOverride(body: unknown): SvgOverride | null | string {
  if (!isRecord(body)) return 'Admin bodies are JSON objects';
  if (body.clear === true) return null;
  return makeSvgOverride(body.svg);
}

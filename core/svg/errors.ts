import type { SvgRejection } from './types';

const MESSAGES: Record<SvgRejection, string> = {
  'too-large': 'The SVG is too large',
  doctype: 'The SVG has a DOCTYPE, which is not allowed',
  entity: 'The SVG declares entities, which are not allowed',
  'not-svg': 'The file is not an SVG',
  'too-deep': 'The SVG nests its elements too deeply',
  'too-many-elements': 'The SVG has too many elements',
  malformed: 'The SVG is not well-formed XML',
};

/**
 * Thrown when an SVG is refused before any of it reaches a canvas.
 * `reason` is stable (for code); `message` is for people.
 *
 * @example
 *   try { cleanSvg(text) } catch (e) { if (e instanceof SvgRejectedError && e.reason === 'too-large') ... }
 */
export class SvgRejectedError extends Error {
  readonly reason: SvgRejection;
  /** What exactly was wrong, when known (already part of `message`). */
  readonly detail: string | undefined;

  constructor(reason: SvgRejection, detail?: string) {
    super(detail ? `${MESSAGES[reason]}: ${detail}` : MESSAGES[reason]);
    this.name = 'SvgRejectedError';
    this.reason = reason;
    this.detail = detail;
  }
}

/**
 * Checks a finished result before it reaches the canvas and runs SVG through
 * the cleaning pipeline (sanitise, background, fit, recolour) with the
 * options the designer chose. What comes out is what is inserted and cached;
 * what it throws on is kept raw in History (deliver-result.ts).
 */
import { PluginError } from '../core/api/errors';
import { implausibleImageError } from '../core/api/task-errors';
import { isBelievableSize, MAX_IMAGE_SIDE } from '../core/images/placed-size';
import { parseSize } from '../core/models/catalogue';
import { cleanSvg } from '../core/svg/clean-svg';
import { SvgRejectedError } from '../core/svg/errors';
import type { SvgRejection } from '../core/svg/types';
import { cleanOptionsFor } from '../core/svg/vector-options';
import { DEFAULT_VECTOR_OPTIONS, type PendingTask, type ResultPayload } from '../core/tasks/types';

const REJECTIONS: Record<SvgRejection, string> = {
  'too-large': 'it is too large to insert safely',
  doctype: 'it declares a DOCTYPE, which is refused for safety',
  entity: 'it declares entities, which are refused for safety',
  'not-svg': 'it is not an SVG drawing',
  'too-deep': 'it is nested too deeply to insert safely',
  'too-many-elements': 'it has too many elements to insert safely',
  malformed: 'it is not well-formed',
};

export function prepareResult(task: PendingTask, result: ResultPayload): ResultPayload {
  if (result.kind === 'svg') return { kind: 'svg', svg: cleanedSvg(task, result.svg) };
  if (result.kind !== 'image' || !isImage(result)) throw unreadable();
  // A header is only what the file claims: an absurd size is refused, a large one placed scaled down.
  if (!isBelievableSize(result.width, result.height)) {
    throw new PluginError(implausibleImageError(result.width, result.height, MAX_IMAGE_SIDE));
  }
  return result;
}

function cleanedSvg(task: PendingTask, svg: unknown): string {
  if (typeof svg !== 'string') throw unreadable();
  const vector = task.request.vector ?? DEFAULT_VECTOR_OPTIONS;
  try {
    return cleanSvg(svg, cleanOptionsFor(vector, parseSize(String(task.request.shape)))).svg;
  } catch (error) {
    if (!(error instanceof SvgRejectedError)) throw error;
    const why = REJECTIONS[error.reason] ?? 'it could not be read';
    throw new PluginError({
      code: 'invalid-svg',
      action: 'retry',
      message: `The SVG result was not inserted: ${why}. Try generating again.`,
    });
  }
}

function isImage(result: Extract<ResultPayload, { kind: 'image' }>): boolean {
  const size = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  return (
    result.bytes instanceof Uint8Array && result.bytes.length > 0 && size(result.width) && size(result.height)
  );
}

function unreadable(): PluginError {
  return new PluginError({
    code: 'result-unreadable',
    action: 'retry',
    message: 'The result could not be read, so nothing was inserted. Try generating again.',
  });
}

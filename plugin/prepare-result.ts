/**
 * Checks a finished result before it reaches the canvas and runs SVG through
 * the cleaning pipeline (sanitise, background, fit, recolour) with the
 * options the designer chose. What comes out is what is inserted and cached;
 * what it throws on is kept raw in History (deliver-result.ts).
 */
import { PluginError, pluginError } from '../core/api/errors';
import { implausibleImageError } from '../core/api/task-errors';
import { isBelievableSize, MAX_IMAGE_SIDE, type Size } from '../core/images/placed-size';
import { parseSize } from '../core/models/catalogue';
import { cleanSvg } from '../core/svg/clean-svg';
import { SvgRejectedError } from '../core/svg/errors';
import { cleanOptionsFor } from '../core/svg/vector-options';
import type { ResultPayload, VectorOptions } from '../core/tasks/types';
import type { ImageConverter } from './image-converter';
import { payloadUnreadable, svgRejected } from '../core/errors/placing';

type ImageResult = Extract<ResultPayload, { kind: 'image' }>;

/** What the canvas receives: clean SVG with the size the pipeline drew it at, or a checked image. */
export type PreparedResult =
  { readonly kind: 'svg'; readonly svg: string; readonly size: Size } | ImageResult;

/** The designer's choices a result is prepared with: a task's request, or a History entry's. */
export interface PrepareOptions {
  readonly vector: VectorOptions;
  /**
   * The requested size ("1024x1024") the SVG is drawn at; an aspect ratio, or none (a result that
   * landed once, already drawn at its size, an icon frame's too), leaves it as drawn.
   */
  readonly size?: string;
}

/** Prepared, then made readable by the host (images it cannot import are re-encoded by the UI). */
export async function prepareForCanvasAsync(
  images: ImageConverter,
  raw: ResultPayload,
  options: PrepareOptions,
): Promise<PreparedResult> {
  const prepared = prepareResult(raw, options);
  if (prepared.kind !== 'image') return prepared;
  const image = await images.readableAsync(prepared);
  return image === prepared ? prepared : { kind: 'image', ...image, mime: image.mime as 'image/png' };
}

/** What History caches of a prepared result: the payload, without what only the layout needed. */
export function payloadOf(prepared: PreparedResult): ResultPayload {
  return prepared.kind === 'svg' ? { kind: 'svg', svg: prepared.svg } : prepared;
}

export function prepareResult(result: ResultPayload, options: PrepareOptions): PreparedResult {
  if (result.kind === 'svg') return cleanedSvg(result.svg, options);
  if (result.kind !== 'image' || !isImage(result)) throw unreadable();
  // A header is only what the file claims: an absurd size is refused, a large one placed scaled down.
  if (!isBelievableSize(result.width, result.height)) {
    throw new PluginError(implausibleImageError(result.width, result.height, MAX_IMAGE_SIDE));
  }
  return result;
}

function cleanedSvg(svg: unknown, options: PrepareOptions): PreparedResult {
  if (typeof svg !== 'string') throw unreadable();
  try {
    const cleaned = cleanSvg(
      svg,
      cleanOptionsFor(options.vector, options.size ? parseSize(options.size) : undefined),
    );
    return { kind: 'svg', svg: cleaned.svg, size: cleaned.report.size };
  } catch (error) {
    if (!(error instanceof SvgRejectedError)) throw error;
    throw pluginError(svgRejected, error.reason);
  }
}

function isImage(result: ImageResult): boolean {
  const size = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  return (
    result.bytes instanceof Uint8Array && result.bytes.length > 0 && size(result.width) && size(result.height)
  );
}

function unreadable(): PluginError {
  return pluginError(payloadUnreadable);
}

/**
 * How large a result file may be. Checked before anything heavy: from the
 * declared Content-Length before the body is read, and from the bytes read
 * before they are parsed, so a huge file is refused at once rather than after
 * the editor has spent seconds on it (on Figma the sandbox is the editor's
 * main thread).
 */
import type { OutputKind } from '../models/catalogue';
import { DEFAULT_SVG_LIMITS } from '../svg/limits';

/** A raster result: far above a 4096 px PNG at 32 bits a pixel, uncompressed (64 MiB). */
export const MAX_IMAGE_RESULT_BYTES = 64 * 1024 * 1024;

/** Vector results go through the SVG pipeline, whose own input limit is the one that counts. */
export function resultByteLimit(output: OutputKind): number {
  return output === 'vector' ? DEFAULT_SVG_LIMITS.maxBytes : MAX_IMAGE_RESULT_BYTES;
}

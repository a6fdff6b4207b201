import { toBase64 } from '../../core/bytes/base64';
import { encodeUtf8 } from '../../core/bytes/utf8';
import type { HistoryEntry } from '../../core/history/types';
import type { Thumbnail } from '../../core/protocol/messages';

const IMAGE_MIMES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * An <img> source for a history thumbnail. SVG goes in as a data: URL so it
 * is drawn as an image: scripts in it never run and it cannot reach the
 * iframe's document. Anything unexpected gives undefined (no thumbnail).
 */
export function thumbnailSrc(thumbnail: Thumbnail): string | undefined {
  if (thumbnail.kind === 'svg') {
    return `data:image/svg+xml;base64,${toBase64(encodeUtf8(thumbnail.data))}`;
  }
  if (thumbnail.kind === 'image' && IMAGE_MIMES.has(thumbnail.mime) && BASE64.test(thumbnail.data)) {
    return `data:${thumbnail.mime};base64,${thumbnail.data}`;
  }
  return undefined;
}

/**
 * Entries on screen whose thumbnail is neither known nor already asked for.
 * A raw file that could not be inserted is never drawn: it may be what froze
 * the pipeline.
 */
export function thumbnailsToRequest(
  shown: readonly HistoryEntry[],
  known: Readonly<Record<string, unknown>>,
  requested: ReadonlySet<string>,
): string[] {
  const wanted = (e: HistoryEntry) => e.cached && e.notInserted === undefined;
  return shown.filter((e) => wanted(e) && !(e.id in known) && !requested.has(e.id)).map((e) => e.id);
}

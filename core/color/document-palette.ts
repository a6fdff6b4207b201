/**
 * The palette the designer typed, kept per document: the one rule for reading it, from the UI's message or
 * from the document's plugin data (which anyone with the file can write), so both give the same list.
 */
import { normaliseHex } from './hex';

/** More than a designer types; bounds what a message or a document can make the plugin hold. */
export const DOCUMENT_PALETTE_MAX = 32;

/** "#rrggbb" colours in the order given, each once, at most DOCUMENT_PALETTE_MAX; undefined when not a list. */
export function readPalette(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > DOCUMENT_PALETTE_MAX) return undefined;
  const colours = value.map(normaliseHex).filter((c): c is string => c !== undefined);
  return [...new Set(colours)];
}

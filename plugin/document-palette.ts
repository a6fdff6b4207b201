/**
 * The palette the designer typed, kept in the document (Figma: the file's root; Penpot: the file), so it
 * is the same for everyone who opens that file and is never replaced by the document's colours on open.
 * It holds colours only, read back through the same rule as the UI's message (readPalette).
 */
import { readPalette } from '../core/color/document-palette';
import type { Host } from './hosts/host';

/** The document's plugin data key (the nodes' meta is under META_KEY). */
const PALETTE_KEY = 'recraft-palette';

/** The saved palette, or undefined when this document has none (or what it holds does not check out). */
export async function savedPaletteAsync(host: Host): Promise<string[] | undefined> {
  const text = await host.documentDataAsync(PALETTE_KEY);
  if (!text) return undefined;
  try {
    return readPalette(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** An empty palette removes it: the UI then starts from the document's colours again. */
export async function saveDocumentPaletteAsync(host: Host, palette: readonly string[]): Promise<void> {
  const colours = readPalette(palette) ?? [];
  await host.setDocumentDataAsync(PALETTE_KEY, colours.length === 0 ? '' : JSON.stringify(colours));
}

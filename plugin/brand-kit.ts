/**
 * The document's brand kit (issue 13): one per document, kept in the document's own plugin data (Figma: the
 * file's root; Penpot: the file), so every teammate who opens the file gets the same kit and a change by
 * one is what the next sees. It holds the kit only, never the key. Written as the kit's export text and read
 * back through the paste rule (parseBrandKit): anyone with the file can write that data, so it is hostile
 * until checked, and a kit that no longer checks out is read as none.
 */
import { pluginError, PluginError } from '../core/api/errors';
import { brandKitJson, parseBrandKit } from '../core/brand/brand-json';
import type { BrandKit } from '../core/brand/types';
import { validateBrandKit } from '../core/brand/validate';
import type { Host } from './hosts/host';
import { brandKitUnwritable } from '../core/errors/brand';

/** The document's plugin data key (the palette is under its own, the nodes' meta under META_KEY). */
const BRAND_KIT_KEY = 'recraft-brand-kit';

/** The document's kit, or undefined when it has none (or what it holds does not check out). */
export async function documentBrandKitAsync(host: Host): Promise<BrandKit | undefined> {
  const parsed = parseBrandKit(await host.documentDataAsync(BRAND_KIT_KEY));
  return 'kit' in parsed ? parsed.kit : undefined;
}

/**
 * Saves the kit in the document once it passes the one rule (validateBrandKit), and resolves with the kit
 * as saved (fresh, its colours normalised). Rejects with a PluginError saying why: the kit's first wrong
 * field, or a document that cannot take it.
 */
export async function saveBrandKitAsync(host: Host, kit: BrandKit): Promise<BrandKit> {
  const invalid = validateBrandKit(kit);
  if (invalid) throw new PluginError(invalid);
  const text = brandKitJson(kit);
  const saved = parseBrandKit(text);
  if (!('kit' in saved)) throw new PluginError(saved.error);
  try {
    await host.setDocumentDataAsync(BRAND_KIT_KEY, text);
  } catch {
    throw pluginError(brandKitUnwritable);
  }
  return saved.kit;
}

/** The plugin window's size, remembered per user (host storage, never the document). */
import { clampUiSize, readUiSize, type UiSize } from '../core/ui-size';
import { STORE_KEYS, type KeyValueStore } from '../core/storage/store';
import type { Host } from './hosts/host';

/** What the window opens at: the size last left, or the default (storage unreadable: the default too). */
export async function savedUiSizeAsync(storage: KeyValueStore): Promise<UiSize> {
  try {
    return readUiSize(await storage.getAsync<unknown>(STORE_KEYS.uiSize));
  } catch {
    return readUiSize(undefined);
  }
}

/** Applies a resize the UI asked for, within the limits, and remembers it for the next open. */
export async function resizeUiAsync(host: Host, width: number, height: number): Promise<void> {
  const size = clampUiSize(width, height);
  host.resizeUi(size.width, size.height);
  await host.storage.setAsync(STORE_KEYS.uiSize, size);
}

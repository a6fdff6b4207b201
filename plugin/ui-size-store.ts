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

/** How long the window stays at a size before it is stored: a drag of the grip asks for one every frame. */
const UI_SIZE_SAVE_AFTER_MS = 300;

/**
 * Applies each resize the UI asks for at once, within the limits, and remembers the size it settles at
 * for the next open (a drag writes storage once, not once a frame).
 */
export function uiResizer(host: Host): (width: number, height: number) => void {
  let latest = 0;
  return (width, height) => {
    const size = clampUiSize(width, height);
    host.resizeUi(size.width, size.height);
    const resize = ++latest;
    host.setTimer(() => {
      // Only the last of a drag; a failed write costs the next open its size, nothing else.
      if (resize === latest) host.storage.setAsync(STORE_KEYS.uiSize, size).catch(() => undefined);
    }, UI_SIZE_SAVE_AFTER_MS);
  };
}

/**
 * figma.createImage / createImageAsync / getImageByHash: PNG, JPEG and GIF
 * only, at most 4096 px a side (Figma's own limits), stored by content hash.
 */
import { readImageHeader } from '../scene/image-header';
import { contentHash, imageById, storeImage, type StoredImage } from '../scene/images';
import type { SandboxSession } from '../runtime/session';

const FIGMA_MAX_SIDE = 4096;
const READABLE = new Set(['image/png', 'image/jpeg', 'image/gif']);

function asImage(stored: StoredImage): Image {
  return Object.freeze({
    hash: stored.id,
    getBytesAsync: () => Promise.resolve(new Uint8Array(stored.bytes)),
    getSizeAsync: () => Promise.resolve({ width: stored.width, height: stored.height }),
  });
}

export function createImage(bytes: Uint8Array): Image {
  if (!(bytes instanceof Uint8Array)) throw new Error('createImage expects a Uint8Array');
  const header = readImageHeader(bytes);
  if (!header || !READABLE.has(header.mime)) throw new Error('Image type is unsupported');
  if (header.width > FIGMA_MAX_SIDE || header.height > FIGMA_MAX_SIDE) throw new Error('Image is too large');
  return asImage(storeImage(contentHash(bytes), bytes, header));
}

export function createImageAsync(session: SandboxSession, url: string): Promise<Image> {
  const work = fetch(String(url)).then(async (response) => {
    if (!response.ok) throw new Error(`Failed to fetch image: ${response.status}`);
    return createImage(new Uint8Array(await response.arrayBuffer()));
  });
  return session.freeze(work);
}

export function getImageByHash(hash: string): Image | null {
  const stored = imageById(hash);
  return stored ? asImage(stored) : null;
}
